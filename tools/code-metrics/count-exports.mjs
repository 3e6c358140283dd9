// Counts (and with a second argument lists) the names a TypeScript entry exports, values and types: node tools/code-metrics/count-exports.mjs packages/auth-core/src/index.ts [--list]
import ts from 'typescript';
const file = process.argv[2];
const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const sf = program.getSourceFile(file);
const names = checker.getExportsOfModule(checker.getSymbolAtLocation(sf)).map((s) => s.name).sort();
console.log(names.length);
if (process.argv[3]) console.log(names.join('\n'));
