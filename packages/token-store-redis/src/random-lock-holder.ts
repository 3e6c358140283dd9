/** 128 random bits (WebCrypto) as hex: the value a lock holder writes and must present to release. */
export function randomLockHolder(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
