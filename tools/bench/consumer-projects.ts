// Scratch TypeScript projects, one per bench consumer, under <workDir>/consumers/<key>/. They sit inside the
// repository so `@ccaas/*` and the SDK resolve through the workspace node_modules (symlinks to packages/*, whose
// exports point at dist/), and their tsconfig has no `paths`: the compiler and esbuild see what a user installs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext } from './bench-suite.js';
import { ensurePublishedBuild } from './ensure-published-build.js';
import { largeSpecConsumerSource } from './large-spec/large-spec-consumer-source.js';
import { prepareLargeSchema } from './large-spec/prepare-large-spec.js';

export type ConsumerKey = 'no-client' | 'genesys-cloud' | 'large-spec' | 'purecloud-sdk' | 'oauth4webapi-token-request';

export interface ConsumerProject {
  key: ConsumerKey;
  dir: string;
  entry: string;
  /** tsconfig with `skipLibCheck: false`: every declaration file is checked too. */
  tsconfigFull: string;
  /** The same with `skipLibCheck: true` (the `tsc --init` default). */
  tsconfigSkipLibCheck: string;
}

/** Compiler options shared by every consumer; only skipLibCheck varies. */
export const consumerCompilerOptions = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2022', 'DOM'],
  types: ['node'],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
};

const fixtureSources: Record<Exclude<ConsumerKey, 'large-spec'>, string> = {
  'no-client': 'no-client-consumer.ts',
  'genesys-cloud': 'genesys-cloud-consumer.ts',
  'purecloud-sdk': 'purecloud-sdk-consumer.ts',
  'oauth4webapi-token-request': 'oauth4webapi-token-request-consumer.ts',
};

async function consumerSource(context: BenchContext, key: ConsumerKey): Promise<string> {
  if (key === 'large-spec') {
    const { spec } = await prepareLargeSchema(context);
    return largeSpecConsumerSource(spec.sample, '../../large-spec/schema.gen.js');
  }
  return readFile(new URL(`./consumers/${fixtureSources[key]}`, import.meta.url), 'utf8');
}

/** Writes (once per bench run) the consumer project for `key`; builds the published packages first. */
export function prepareConsumerProject(context: BenchContext, key: ConsumerKey): Promise<ConsumerProject> {
  return context.once(`consumer:${key}`, async () => {
    await ensurePublishedBuild(context);
    const dir = join(context.workDir, 'consumers', key);
    await mkdir(dir, { recursive: true });
    const entry = join(dir, 'consumer.ts');
    await writeFile(entry, await consumerSource(context, key));
    const tsconfigFull = join(dir, 'tsconfig.json');
    const tsconfigSkipLibCheck = join(dir, 'tsconfig.skip-lib-check.json');
    await writeFile(tsconfigFull, `${JSON.stringify({ compilerOptions: consumerCompilerOptions, files: ['consumer.ts'] }, null, 2)}\n`);
    await writeFile(
      tsconfigSkipLibCheck,
      `${JSON.stringify({ extends: './tsconfig.json', compilerOptions: { skipLibCheck: true } }, null, 2)}\n`,
    );
    return { key, dir, entry, tsconfigFull, tsconfigSkipLibCheck };
  });
}
