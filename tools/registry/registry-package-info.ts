// Reads what a registry holds for one package version: the tarball's size (what `npm pack` produced and
// `npm publish` uploaded), and from the tarball itself the file count and unpacked size.
import { gunzipSync } from 'node:zlib';
export interface PublishedVersion {
  name: string;
  version: string;
  tarballBytes: number;
  unpackedBytes: number;
  fileCount: number;
  /** Paths inside the tarball without the `package/` prefix, sorted. */
  files: string[];
}

/**
 * Lists the regular files of an uncompressed tar (ustar headers: name 0-99, size 124-135 octal, type 156,
 * prefix 345-499) with their total size.
 */
export function tarContents(tar: Uint8Array): { fileCount: number; unpackedBytes: number; files: string[] } {
  let offset = 0;
  let unpackedBytes = 0;
  const files: string[] = [];
  const field = (header: Buffer, start: number, end: number) => header.toString('utf8', start, end).replace(/\0.*$/s, '');
  while (offset + 512 <= tar.length && tar[offset] !== 0) {
    const header = Buffer.from(tar.subarray(offset, offset + 512));
    const size = Number.parseInt(field(header, 124, 136).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === '0' || type === '\0') {
      const prefix = field(header, 345, 500);
      files.push((prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100)).replace(/^package\//, ''));
      unpackedBytes += size;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return { fileCount: files.length, unpackedBytes, files: files.sort() };
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
