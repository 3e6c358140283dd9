import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const stubs = (process.env.STUB ?? '').split(',').filter(Boolean);
const stubSource = {
  'describe-error-body': 'export function describeErrorBody(){return {}}',
  'observability': 'export const spanNames={};export function createObserver(){return {timesAttempts:false,attempt(){},span(){}}};export function tokenRequestSpan(){}',
  'token-endpoint-client': 'export function createTokenEndpointClient(){return {async request(){return {accessToken:"a",tokenType:"bearer"}},async revoke(){}}}',
};
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, platform: 'node', format: 'esm', write: false, metafile: true, logLevel: 'silent',
  external: (process.env.EXT ?? '').split(',').filter(Boolean),
  plugins: [{ name: 'stub', setup(b) { for (const s of stubs) { b.onLoad({ filter: new RegExp(s + '\\.ts$') }, () => ({ contents: stubSource[s], loader: 'ts' })); } } }] });
const out = r.outputFiles[0].contents;
console.log(process.env.STUB, process.env.EXT, 'minified', out.length, 'gzip', gzipSync(out, { level: 9 }).length);
