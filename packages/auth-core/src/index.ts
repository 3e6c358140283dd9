export type { StoredToken, TokenStore, TokenStoreLock } from './token-store.js';
export { createMemoryTokenStore } from './token-store.js';
