import type { StoredToken } from '@ccaas/auth-core';
import { RedisTokenStoreConfigurationError } from './redis-token-store-configuration-error.js';

/** An AES-GCM key: a WebCrypto `CryptoKey`, 16/24/32 raw bytes, or those bytes in base64. */
export type EncryptionKeyInput = CryptoKey | Uint8Array | string;

export type DecodeResult = { ok: true; token: StoredToken } | { ok: false; reason: string };

/** Turns a token into the string stored in Redis and back; with a key the string is AES-GCM ciphertext. */
export interface TokenCodec {
  readonly encrypted: boolean;
  /** `redisKey` is bound to the ciphertext as additional data: an entry copied to another key does not decrypt. */
  encode(token: StoredToken, redisKey: string): Promise<string>;
  decode(raw: string, redisKey: string): Promise<DecodeResult>;
}

/**
 * Fields every entry carries in clear, for the Lua scripts' compare-and-set (they cannot read an encrypted token):
 * `at` is the token's `obtainedAt`, `id` a fingerprint of its access token. Entries written before 0.2 lack them and
 * count as oldest. Readers ignore them, so entries stay readable by 0.1 processes during a rolling upgrade.
 */
interface EnvelopeHeader {
  v: 1;
  at?: number;
  id?: string;
}

interface PlainEnvelope extends EnvelopeHeader {
  token: StoredToken;
}

interface EncryptedEnvelope extends EnvelopeHeader {
  enc: 'AES-GCM';
  iv: string;
  data: string;
}

/**
 * A short, stable identity of an access token for compare-and-set: hex of the first 16 bytes of its SHA-256. A hash
 * of a high-entropy token reveals nothing usable; it is stored in clear even when entries are encrypted.
 */
export async function tokenFingerprint(accessToken: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(accessToken)));
  return Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function headerOf(token: StoredToken): Promise<EnvelopeHeader> {
  return { v: 1, at: token.obtainedAt, id: await tokenFingerprint(token.accessToken) };
}

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function isStoredToken(value: unknown): value is StoredToken {
  if (!value || typeof value !== 'object') return false;
  const token = value as Record<string, unknown>;
  return (
    typeof token.accessToken === 'string' &&
    typeof token.tokenType === 'string' &&
    typeof token.expiresAt === 'number' &&
    typeof token.obtainedAt === 'number' &&
    (token.refreshToken === undefined || typeof token.refreshToken === 'string') &&
    (token.scope === undefined || typeof token.scope === 'string') &&
    (token.idToken === undefined || typeof token.idToken === 'string')
  );
}

function rawKeyBytes(input: Uint8Array | string): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array<ArrayBuffer>;
  if (typeof input === 'string') {
    try {
      bytes = fromBase64(input.trim().replace(/-/g, '+').replace(/_/g, '/'));
    } catch {
      throw new RedisTokenStoreConfigurationError('encryptionKey string must be base64 of 16, 24 or 32 bytes');
    }
  } else {
    bytes = new Uint8Array(input);
  }
  if (![16, 24, 32].includes(bytes.length)) {
    throw new RedisTokenStoreConfigurationError(
      `encryptionKey must be 16, 24 or 32 bytes (AES-128/192/256-GCM); got ${bytes.length} bytes`,
    );
  }
  return bytes;
}

function checkCryptoKey(key: CryptoKey): void {
  if (key.algorithm?.name !== 'AES-GCM' || !key.usages.includes('encrypt') || !key.usages.includes('decrypt')) {
    throw new RedisTokenStoreConfigurationError('encryptionKey CryptoKey must be an AES-GCM key usable to encrypt and decrypt');
  }
}

function isCryptoKey(value: unknown): value is CryptoKey {
  return typeof CryptoKey !== 'undefined' && value instanceof CryptoKey;
}

/** Creates the codec; validates the key synchronously (a `RedisTokenStoreConfigurationError` for a bad one). */
export function createTokenCodec(encryptionKey: EncryptionKeyInput | undefined): TokenCodec {
  if (encryptionKey === undefined) {
    return {
      encrypted: false,
      async encode(token) {
        const envelope: PlainEnvelope = { ...(await headerOf(token)), token };
        return JSON.stringify(envelope);
      },
      async decode(raw) {
        let envelope: Partial<PlainEnvelope & EncryptedEnvelope>;
        try {
          envelope = JSON.parse(raw);
        } catch {
          return { ok: false, reason: 'the stored entry is not JSON' };
        }
        if (envelope?.enc !== undefined) {
          return { ok: false, reason: 'the stored entry is encrypted and this store has no encryptionKey' };
        }
        if (envelope?.v !== 1 || !isStoredToken(envelope.token)) {
          return { ok: false, reason: 'the stored entry is not a token written by this package' };
        }
        return { ok: true, token: envelope.token };
      },
    };
  }

  let getKey: () => Promise<CryptoKey>;
  if (isCryptoKey(encryptionKey)) {
    checkCryptoKey(encryptionKey);
    const key = encryptionKey;
    getKey = async () => key;
  } else if (typeof encryptionKey === 'string' || encryptionKey instanceof Uint8Array) {
    const bytes = rawKeyBytes(encryptionKey);
    let imported: Promise<CryptoKey> | undefined;
    // imported on first use, so the factory stays synchronous
    getKey = () =>
      (imported ??= globalThis.crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']));
  } else {
    throw new RedisTokenStoreConfigurationError('encryptionKey must be a CryptoKey, a Uint8Array or a base64 string');
  }

  return {
    encrypted: true,
    async encode(token, redisKey) {
      const key = await getKey();
      const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const plaintext = encoder.encode(JSON.stringify(token));
      const ciphertext = await globalThis.crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: encoder.encode(redisKey) },
        key,
        plaintext,
      );
      const envelope: EncryptedEnvelope = {
        ...(await headerOf(token)),
        enc: 'AES-GCM',
        iv: toBase64(iv),
        data: toBase64(new Uint8Array(ciphertext)),
      };
      return JSON.stringify(envelope);
    },
    async decode(raw, redisKey) {
      let envelope: Partial<PlainEnvelope & EncryptedEnvelope>;
      try {
        envelope = JSON.parse(raw);
      } catch {
        return { ok: false, reason: 'the stored entry is not JSON' };
      }
      if (envelope?.v !== 1 || envelope.enc !== 'AES-GCM' || typeof envelope.iv !== 'string' || typeof envelope.data !== 'string') {
        return { ok: false, reason: 'the stored entry is not encrypted (encryptionKey is set, plaintext entries are ignored)' };
      }
      let plaintext: ArrayBuffer;
      try {
        plaintext = await globalThis.crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: fromBase64(envelope.iv), additionalData: encoder.encode(redisKey) },
          await getKey(),
          fromBase64(envelope.data),
        );
      } catch {
        return { ok: false, reason: 'the stored entry does not decrypt with this encryptionKey (another key, or another Redis key)' };
      }
      let token: unknown;
      try {
        token = JSON.parse(decoder.decode(plaintext));
      } catch {
        return { ok: false, reason: 'the decrypted entry is not JSON' };
      }
      if (!isStoredToken(token)) return { ok: false, reason: 'the decrypted entry is not a token written by this package' };
      return { ok: true, token };
    },
  };
}
