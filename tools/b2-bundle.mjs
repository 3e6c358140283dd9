import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'node', format: 'esm', write: false, metafile: true, logLevel: 'silent', alias: process.env.ALIAS ? { '@ccaas/auth-core': process.env.ALIAS } : {}, external: (process.env.EXT ?? '').split(',').filter(Boolean) });
const out = r.outputFiles[0].contents;
console.log('minified', out.length, 'gzip', gzipSync(out, { level: 9 }).length);
const per = new Map();
for (const [file, info] of Object.entries(r.metafile.outputs)[0][1].inputs ? Object.entries(Object.values(r.metafile.outputs)[0].inputs) : []) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file); const pkg = m ? m[1] : file.split('/').slice(0,2).join('/');
  per.set(pkg, (per.get(pkg) ?? 0) + info.bytesInOutput);
}
console.log([...per].sort((a,b)=>b[1]-a[1]));
const files = Object.entries(Object.values(r.metafile.outputs)[0].inputs).filter(([f])=>f.includes('auth-core')||f.includes('genesys-cloud/')).map(([f,i])=>[f.split('/').slice(-1)[0], i.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
console.log(files);
