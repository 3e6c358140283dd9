// Finds the TypeScript code blocks of a Markdown file and the `ts-check` directives written right above each one.
// A README block is usually a fragment (it uses a `clientId` it never declares, or a client made in the block
// above), so a block states what it needs in an HTML comment, invisible on GitHub and npm:
//
//   <!-- ts-check: declare const clientId: string; declare const clientSecret: string; -->
//   <!-- ts-check
//   import type { GenesysCloudClient } from '@ccaas/genesys-cloud';
//   declare const genesys: GenesysCloudClient;
//   -->
//   <!-- ts-check-file genesys-beta.ts
//   export interface paths { ... }          (a file the block imports as './genesys-beta.js')
//   -->
//   <!-- ts-check-skip: why this block is not compiled -->
//
// Only comments and blank lines may stand between the directives and the fence.

export interface CodeBlockDirectives {
  /** Source put before the block (declarations, type imports); empty when none. */
  prelude: string;
  /** Companion files by name, written next to the block (e.g. the `paths` a block imports). */
  files: Record<string, string>;
  /** Why the block is not compiled; undefined when it is. */
  skip: string | undefined;
}

export interface CodeBlock {
  /** 1-based line of the block's first code line in the Markdown file. */
  line: number;
  /** The fence's info string: `ts`, `typescript`, `tsx`. */
  lang: string;
  code: string;
  directives: CodeBlockDirectives;
}

const typescriptLangs = new Set(['ts', 'typescript', 'tsx', 'mts', 'cts']);
const fenceOpen = /^( {0,3})(`{3,}|~{3,})\s*([\w-]*)/;

/** Parses one `<!-- ... -->` comment's text into the directives it adds; returns false when it is no directive. */
function readDirective(text: string, into: CodeBlockDirectives): boolean {
  const body = text.trim();
  const skip = /^ts-check-skip:\s*([\s\S]*)$/.exec(body);
  if (skip) {
    const reason = skip[1]!.trim();
    if (reason === '') throw new Error('ts-check-skip needs a reason: <!-- ts-check-skip: why -->');
    into.skip = reason;
    return true;
  }
  const file = /^ts-check-file\s+([\w.-]+)\s*\n([\s\S]*)$/.exec(body);
  if (file) {
    into.files[file[1]!] = `${file[2]!.trim()}\n`;
    return true;
  }
  const prelude = /^ts-check(?::|\s*\n)([\s\S]*)$/.exec(body);
  if (prelude) {
    into.prelude += `${prelude[1]!.trim()}\n`;
    return true;
  }
  return false;
}

/** The TypeScript blocks of `markdown`, each with the directives of the comments right above it. */
export function extractCodeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  let pending: CodeBlockDirectives = { prelude: '', files: {}, skip: undefined };
  let pendingLine = 0;
  // A directive that reaches no TypeScript block is a mistake (a typo'd fence, prose in between): say where.
  const dropPending = (reason: string) => {
    if (pendingLine !== 0) throw new Error(`line ${pendingLine}: the ts-check directive is not right above a TypeScript block (${reason})`);
    pending = { prelude: '', files: {}, skip: undefined };
  };
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const open = fenceOpen.exec(line);
    if (open) {
      const fence = open[2]!;
      const lang = open[3]!.toLowerCase();
      const start = index + 1;
      let end = start;
      while (end < lines.length && !lines[end]!.trimStart().startsWith(fence)) end += 1;
      if (typescriptLangs.has(lang)) {
        blocks.push({ line: start + 1, lang, code: lines.slice(start, end).join('\n'), directives: pending });
        pendingLine = 0;
      }
      dropPending(`the block at line ${start} is \`${lang || 'plain'}\``);
      index = end + 1;
      continue;
    }
    if (line.trimStart().startsWith('<!--')) {
      let end = index;
      while (end < lines.length && !lines[end]!.includes('-->')) end += 1;
      const text = lines.slice(index, end + 1).join('\n');
      const inner = text.slice(text.indexOf('<!--') + 4, text.lastIndexOf('-->'));
      if (readDirective(inner, pending) && pendingLine === 0) pendingLine = index + 1;
      index = end + 1;
      continue;
    }
    if (line.trim() !== '') dropPending(`prose at line ${index + 1}`);
    index += 1;
  }
  return blocks;
}

/** The source file compiled for one block, and how many lines come before the block's first line. */
export function blockSource(block: CodeBlock): { source: string; lineOffset: number } {
  const prelude = block.directives.prelude;
  const lineOffset = prelude === '' ? 0 : prelude.split('\n').length - 1;
  // `export {}` makes every block a module (top-level await, no globals shared between blocks).
  return { source: `${prelude}${block.code}\nexport {};\n`, lineOffset };
}
