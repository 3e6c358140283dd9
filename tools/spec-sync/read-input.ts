// Reads one vendor document from a file path or an http(s) URL, returning its exact bytes (hashed for source.json).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { isAbsolute, resolve } from 'node:path';
import { SpecSyncError } from './spec-sync-error.js';

export interface InputDocument {
  /** What the user passed (URL as given; file path as given), used in messages and source.json. */
  location: string;
  kind: 'url' | 'file';
  text: string;
  sha256: string;
  bytes: number;
  /** Content-Type of an HTTP response (undefined for files). */
  contentType: string | undefined;
}

export interface ReadInputOptions {
  /** Base for relative file paths. Default: `process.env.INIT_CWD` (the caller's directory under `npm run`), else cwd. */
  cwd?: string;
  /** Abort a download after this long. Default 120000 (a full vendor document is ~20 MB). */
  timeoutMs?: number;
}

export async function readInput(from: string, options: ReadInputOptions = {}): Promise<InputDocument> {
  if (/^https?:\/\//i.test(from)) return fetchInput(from, options.timeoutMs ?? 120_000);
  const base = options.cwd ?? process.env['INIT_CWD'] ?? process.cwd();
  const path = isAbsolute(from) ? from : resolve(base, from);
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'read error';
    throw new SpecSyncError('INPUT_UNREADABLE', `cannot read ${from} (${reason})`, { input: from, cause });
  }
  return describe(from, 'file', buffer, undefined);
}

async function fetchInput(url: string, timeoutMs: number): Promise<InputDocument> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json, application/yaml;q=0.9, */*;q=0.1' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
    throw new SpecSyncError('INPUT_UNREADABLE', `cannot fetch ${url} (${reason})`, { input: url, cause });
  }
  const buffer = Buffer.from(await response.arrayBuffer());
  if (!response.ok) {
    throw new SpecSyncError('INPUT_HTTP_STATUS', `fetching ${url} answered HTTP ${response.status} ${response.statusText}`.trimEnd(), {
      input: url,
      status: response.status,
    });
  }
  return describe(url, 'url', buffer, response.headers.get('content-type') ?? undefined);
}

/** The text of the bytes read; gzip (a committed `*.json.gz` fixture, a gzip-encoded download) is unpacked first. */
function describe(location: string, kind: 'url' | 'file', buffer: Buffer, contentType: string | undefined): InputDocument {
  let text: string;
  try {
    text = (buffer[0] === 0x1f && buffer[1] === 0x8b ? gunzipSync(buffer) : buffer).toString('utf8');
  } catch (cause) {
    throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${location} looks gzip-compressed but does not unpack (${(cause as Error).message})`, { input: location, cause });
  }
  return {
    location,
    kind,
    text,
    sha256: createHash('sha256').update(buffer).digest('hex'),
    bytes: buffer.byteLength,
    contentType,
  };
}
