/// <reference types="node" />
// The permissions report: which Genesys Cloud operations a codebase calls through the typed client and what its OAuth
// client (or user) therefore needs, read with the TypeScript compiler API, so a path held in a variable or constant
// of a literal type counts as well as a literal argument. The policy of each operation comes from the generated area
// declarations the program loads (their doc comments: `@permissions`, `@preview`, `@deprecated`). TypeScript is an
// optional peer dependency, loaded only when a report is made: the run-time client never needs it.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type * as TypeScript from 'typescript';

export interface PermissionsReportOptions {
  /** Files or directories to scan (.ts, .tsx, .mts, .cts; node_modules, dist and .d.ts skipped). */
  paths: readonly string[];
  /** tsconfig.json whose compilerOptions resolve the imports (default: the nearest one above the first path). */
  project?: string;
  /** Base of the file names in the report (default: the current directory). */
  cwd?: string;
}

/** An operation the code calls, with what the vendor documents for it. */
export interface ReportedOperation {
  /** "GET /api/v2/users/{userId}". */
  operation: string;
  /** null: the vendor documents that it requires no permissions. undefined: not documented. */
  permissions: { type: 'ANY' | 'ALL'; list: string[] } | null | undefined;
  preview: boolean;
  /** The deprecation notice (naming the replacement where the vendor does), when deprecated. */
  deprecated?: string;
  /** "file:line" of every call. */
  calls: string[];
}

export interface PermissionsReport {
  operations: ReportedOperation[];
  /** Each permission with the operations needing it and how (ANY: one of the operation's list is enough; ALL). */
  permissions: Array<{ permission: string; operations: Array<{ operation: string; type: 'ANY' | 'ALL' }> }>;
  deprecated: ReportedOperation[];
  preview: ReportedOperation[];
  /** Operations whose permissions the generated declarations do not document. */
  undocumented: ReportedOperation[];
}

type Policy = Pick<ReportedOperation, 'permissions' | 'preview' | 'deprecated'>;

const methods = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE']);
/** Helpers of this package whose second argument is a GET path. */
const getPathHelpers = new Set(['paginateGenesys', 'paginateGenesysPages']);

/** Scans the code and returns the report (throws when `typescript` is not installed). */
export async function createPermissionsReport(options: PermissionsReportOptions): Promise<PermissionsReport> {
  const ts = await loadTypeScript();
  const cwd = options.cwd ?? process.cwd();
  const roots = options.paths.map((path) => resolve(cwd, path));
  const files = roots.flatMap((root) => sourceFiles(root));
  const compilerOptions = readCompilerOptions(ts, options.project === undefined ? undefined : resolve(cwd, options.project), roots[0] ?? cwd);
  const program = ts.createProgram(files, { ...compilerOptions, noEmit: true });
  const checker = program.getTypeChecker();
  const policies = new Map<string, Policy>();
  for (const source of program.getSourceFiles()) {
    if (/genesys-cloud\/(?:src|dist(?:\/cjs)?)\/generated\/[a-z0-9-]+\.d\.ts$/.test(source.fileName.split('\\').join('/'))) readAreaPolicies(ts, source, policies);
  }
  const calls = new Map<string, string[]>();
  const scanned = new Set(files.map((file) => resolve(file)));
  for (const source of program.getSourceFiles()) {
    if (!scanned.has(resolve(source.fileName))) continue;
    const visit = (node: TypeScript.Node): void => {
      if (ts.isCallExpression(node)) {
        for (const operation of operationsCalled(ts, checker, node, policies)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          const where = `${relative(cwd, source.fileName).split('\\').join('/')}:${line + 1}`;
          calls.set(operation, [...(calls.get(operation) ?? []), where]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return summarise(calls, policies);
}

async function loadTypeScript(): Promise<typeof TypeScript> {
  try {
    const loaded = (await import('typescript')) as typeof TypeScript & { default?: typeof TypeScript };
    return loaded.default ?? loaded;
  } catch {
    throw new Error('[@ccaas/genesys-cloud] the permissions report reads your code with the TypeScript compiler API: install it (npm install -D typescript)');
  }
}

function sourceFiles(path: string): string[] {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) throw new Error(`[@ccaas/genesys-cloud] permissions report: ${path} does not exist`);
  if (stats.isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/[\\/](?:node_modules|dist)[\\/]/.test(relative(path, file)))
    .sort();
}

function readCompilerOptions(ts: typeof TypeScript, project: string | undefined, near: string): TypeScript.CompilerOptions {
  const start = statSync(near, { throwIfNoEntry: false })?.isFile() ? dirname(near) : near;
  const configFile = project ?? ts.findConfigFile(start, ts.sys.fileExists);
  if (configFile === undefined) return { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, skipLibCheck: true };
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error !== undefined) throw new Error(`[@ccaas/genesys-cloud] permissions report: ${configFile}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  return ts.parseJsonConfigFileContent(config, ts.sys, dirname(configFile)).options;
}

/** `paths["/api/v2/..."].get` doc comment tags of a generated area declaration -> policy by "METHOD path". */
function readAreaPolicies(ts: typeof TypeScript, source: TypeScript.SourceFile, policies: Map<string, Policy>): void {
  const paths = source.statements.find((s): s is TypeScript.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'paths');
  for (const item of paths?.members ?? []) {
    if (!ts.isPropertySignature(item) || item.name === undefined || !ts.isStringLiteral(item.name) || item.type === undefined || !ts.isTypeLiteralNode(item.type)) continue;
    for (const member of item.type.members) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name) || !methods.has(member.name.text.toUpperCase())) continue;
      const tags = new Map(ts.getJSDocTags(member).map((tag) => [tag.tagName.text, ts.getTextOfJSDocComment(tag.comment) ?? '']));
      if (!tags.has('permissions') && !tags.has('deprecated') && !tags.has('preview') && member.type !== undefined && member.type.kind === ts.SyntaxKind.NeverKeyword) continue;
      const key = `${member.name.text.toUpperCase()} ${item.name.text}`;
      const permissions = tags.get('permissions');
      const match = permissions === undefined ? null : /^(ANY|ALL): (.*)$/.exec(permissions);
      policies.set(key, {
        permissions: permissions === undefined ? undefined : match === null ? null : { type: match[1] as 'ANY' | 'ALL', list: [...match[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) },
        preview: tags.has('preview'),
        ...(tags.has('deprecated') ? { deprecated: tags.get('deprecated') || 'deprecated' } : {}),
      });
    }
  }
}

/** "METHOD path" for a typed call `x.GET(path)` or `paginateGenesys(x, path)` whose path type is literal. */
function operationsCalled(ts: typeof TypeScript, checker: TypeScript.TypeChecker, call: TypeScript.CallExpression, policies: Map<string, Policy>): string[] {
  const callee = call.expression;
  let method: string | undefined;
  let pathArgument: TypeScript.Expression | undefined;
  if (ts.isPropertyAccessExpression(callee) && methods.has(callee.name.text)) {
    method = callee.name.text;
    pathArgument = call.arguments[0];
  } else if (ts.isIdentifier(callee) && getPathHelpers.has(callee.text)) {
    method = 'GET';
    pathArgument = call.arguments[1];
  }
  if (method === undefined || pathArgument === undefined) return [];
  const type = checker.getTypeAtLocation(pathArgument);
  const members = type.isUnion() ? type.types : [type];
  const found: string[] = [];
  for (const member of members) {
    if (!member.isStringLiteral() || !member.value.startsWith('/api/')) continue;
    const key = `${method} ${member.value}`;
    // A call on something else with an /api/ path (another HTTP client) counts only when it is a Genesys operation.
    if (policies.has(key) || policies.size === 0) found.push(key);
  }
  return found;
}

function summarise(calls: Map<string, string[]>, policies: Map<string, Policy>): PermissionsReport {
  const operations: ReportedOperation[] = [...calls]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([operation, where]) => {
      const policy = policies.get(operation);
      return { operation, permissions: policy?.permissions, preview: policy?.preview ?? false, ...(policy?.deprecated === undefined ? {} : { deprecated: policy.deprecated }), calls: where };
    });
  const byPermission = new Map<string, Array<{ operation: string; type: 'ANY' | 'ALL' }>>();
  for (const entry of operations) {
    for (const permission of entry.permissions?.list ?? []) {
      byPermission.set(permission, [...(byPermission.get(permission) ?? []), { operation: entry.operation, type: entry.permissions!.type }]);
    }
  }
  return {
    operations,
    permissions: [...byPermission].sort(([a], [b]) => a.localeCompare(b)).map(([permission, list]) => ({ permission, operations: list })),
    deprecated: operations.filter((entry) => entry.deprecated !== undefined),
    preview: operations.filter((entry) => entry.preview),
    undocumented: operations.filter((entry) => entry.permissions === undefined),
  };
}

/** The report as a Markdown table per operation (what it needs, ANY/ALL) plus the deprecated and preview ones. */
export function formatPermissionsReport(report: PermissionsReport): string {
  const needs = (entry: ReportedOperation) =>
    entry.permissions === undefined ? 'not documented' : entry.permissions === null ? 'none required' : `${entry.permissions.list.length > 1 ? `${entry.permissions.type} of ` : ''}${entry.permissions.list.map((p) => `\`${p}\``).join(', ')}`;
  const lines = ['| operation | permissions (ANY: one is enough, ALL: every one) |', '|---|---|', ...report.operations.map((entry) => `| \`${entry.operation}\` | ${needs(entry)} |`)];
  lines.push('', '| permission | needed by |', '|---|---|');
  for (const { permission, operations } of report.permissions) {
    const alternatives = (operation: string) => (report.operations.find((entry) => entry.operation === operation)?.permissions?.list.length ?? 0) > 1;
    lines.push(`| \`${permission}\` | ${operations.map((o) => `\`${o.operation}\`${o.type === 'ANY' && alternatives(o.operation) ? ' (or another of its ANY list)' : ''}`).join(', ')} |`);
  }
  if (report.deprecated.length > 0) lines.push('', 'Deprecated operations used:', ...report.deprecated.map((entry) => `- \`${entry.operation}\` (${entry.calls.join(', ')}): ${entry.deprecated}`));
  if (report.preview.length > 0) lines.push('', 'Preview operations used (may change without notice):', ...report.preview.map((entry) => `- \`${entry.operation}\` (${entry.calls.join(', ')})`));
  if (report.undocumented.length > 0) lines.push('', 'Operations whose permissions the vendor does not document:', ...report.undocumented.map((entry) => `- \`${entry.operation}\``));
  return `${lines.join('\n')}\n`;
}
