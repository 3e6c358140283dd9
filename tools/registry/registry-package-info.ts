// Reads what a registry holds for one package version: the tarball's size (what `npm pack` produced and
// `npm publish` uploaded), and from the tarball itself the file count and unpacked size.
import { gunzipSync } from 'node:zlib';
export interface PublishedVersion {
  name: string;
  version: string;
  tarballBytes: number;
  unpackedBytes: number;
  fileCount: number;
}

/** Sums the regular files of an uncompressed tar (ustar headers: name 0-99, size 124-135 octal, type 156). */
export function tarContents(tar: Uint8Array): { fileCount: number; unpackedBytes: number } {
  let offset = 0;
  let fileCount = 0;
  let unpackedBytes = 0;
  while (offset + 512 <= tar.length && tar[offset] !== 0) {
    const header = Buffer.from(tar.subarray(offset, offset + 512));
    const size = Number.parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/, '').trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === '0' || type === '\0') {
      fileCount += 1;
      unpackedBytes += size;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return { fileCount, unpackedBytes };
}

interface Packument {
  versions?: Record<string, { dist?: { tarball?: string } }>;
}

export async function registryPackageInfo(registryUrl: string, name: string, version: string): Promise<PublishedVersion> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registryUrl), { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`[registry-e2e] ${name} is not on ${registryUrl} (HTTP ${response.status})`);
  const packument = (await response.json()) as Packument;
  const dist = packument.versions?.[version]?.dist;
  if (dist?.tarball === undefined) {
    throw new Error(`[registry-e2e] ${name}@${version} is not on ${registryUrl} (has ${Object.keys(packument.versions ?? {}).join(', ')})`);
  }
  const tarball = await fetch(dist.tarball, { signal: AbortSignal.timeout(10_000) });
  if (!tarball.ok) throw new Error(`[registry-e2e] tarball of ${name}@${version} answered HTTP ${tarball.status}`);
  const bytes = new Uint8Array(await tarball.arrayBuffer());
  return { name, version, tarballBytes: bytes.byteLength, ...tarContents(gunzipSync(bytes)) };
}
