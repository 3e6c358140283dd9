import type { StoredToken } from '@ccaas/auth-core';
import { describe, expect, it } from 'vitest';
import { RedisTokenStoreConfigurationError } from './redis-token-store-configuration-error.js';
import { createTokenCodec } from './token-codec.js';

const token: StoredToken = {
  accessToken: 'codec-access-token',
  tokenType: 'Bearer',
  obtainedAt: 1_000,
  expiresAt: 3_601_000,
  refreshToken: 'codec-refresh-token',
  scope: 'users:read',
};

describe('createTokenCodec', () => {
  it('round-trips a plaintext token', async () => {
    const codec = createTokenCodec(undefined);
    const raw = await codec.encode(token, 'k');
    expect(await codec.decode(raw, 'k')).toEqual({ ok: true, token });
    expect(codec.encrypted).toBe(false);
  });

  it('round-trips with raw bytes, base64 and a CryptoKey, and the ciphertext holds no token', async () => {
    const bytes = new Uint8Array(32).map((_, i) => i);
    const cryptoKey = await globalThis.crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
    const fromBytes = createTokenCodec(bytes);
    const raw = await fromBytes.encode(token, 'k');
    expect(raw).not.toContain('codec-access-token');
    expect(raw).not.toContain('codec-refresh-token');
    expect(raw).not.toContain('users:read');
    for (const codec of [fromBytes, createTokenCodec(Buffer.from(bytes).toString('base64')), createTokenCodec(cryptoKey)]) {
      expect(await codec.decode(raw, 'k')).toEqual({ ok: true, token });
    }
  });

  it('uses a fresh IV per write', async () => {
    const codec = createTokenCodec(new Uint8Array(16));
    expect(await codec.encode(token, 'k')).not.toBe(await codec.encode(token, 'k'));
  });

  it('refuses a ciphertext under another key, another Redis key, or tampered with', async () => {
    const codec = createTokenCodec(new Uint8Array(32).fill(7));
    const raw = await codec.encode(token, 'k');
    expect((await createTokenCodec(new Uint8Array(32).fill(8)).decode(raw, 'k')).ok).toBe(false);
    expect((await codec.decode(raw, 'other-key')).ok).toBe(false);
    const envelope = JSON.parse(raw);
    const data = Buffer.from(envelope.data, 'base64');
    data[0] = data[0]! ^ 1;
    const tampered = JSON.stringify({ ...envelope, data: data.toString('base64') });
    expect(await codec.decode(tampered, 'k')).toEqual({
      ok: false,
      reason: 'the stored entry does not decrypt with this encryptionKey (another key, or another Redis key)',
    });
  });

  it('refuses a plaintext entry when encrypting and an encrypted entry without a key', async () => {
    const plain = await createTokenCodec(undefined).encode(token, 'k');
    const encrypted = await createTokenCodec(new Uint8Array(24)).encode(token, 'k');
    expect((await createTokenCodec(new Uint8Array(24)).decode(plain, 'k')).ok).toBe(false);
    expect(await createTokenCodec(undefined).decode(encrypted, 'k')).toEqual({
      ok: false,
      reason: 'the stored entry is encrypted and this store has no encryptionKey',
    });
  });

  it('refuses entries that are not tokens written by this package', async () => {
    const codec = createTokenCodec(undefined);
    expect((await codec.decode('not json', 'k')).ok).toBe(false);
    expect((await codec.decode('{"v":1,"token":{"accessToken":1}}', 'k')).ok).toBe(false);
    expect((await codec.decode('"a string"', 'k')).ok).toBe(false);
  });

  it('rejects keys of the wrong size or kind', async () => {
    expect(() => createTokenCodec(new Uint8Array(31))).toThrow(RedisTokenStoreConfigurationError);
    expect(() => createTokenCodec('c2hvcnQ=')).toThrow('got 5 bytes');
    const hmac = await globalThis.crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    expect(() => createTokenCodec(hmac)).toThrow('must be an AES-GCM key');
    expect(() => createTokenCodec(42 as never)).toThrow('must be a CryptoKey, a Uint8Array or a base64 string');
  });
});
