/**
 * The workspace's one test authority (private, never published): throwaway Redis servers and clusters, and a fake
 * OAuth server with refresh-token rotation, reuse detection and revocation. Used by the packages' tests and the bench.
 */
export { freePort, redisCliPath, redisCommand, redisServerPath, skipRedisTests, startRedisServer } from './redis-server.js';
export type { RedisServerHandle, RedisServerOptions } from './redis-server.js';
export { startRedisCluster } from './redis-cluster.js';
export type { RedisClusterHandle } from './redis-cluster.js';
export { createRotatingTokenAuthority } from './rotating-token-authority.js';
export type { IssuedTokens, RefreshOutcome, RotatingTokenAuthority, RotatingTokenAuthorityOptions } from './rotating-token-authority.js';
export { delayedToken, rotatingTokens, sendToken, startTokenEndpoint } from './token-endpoint.js';
export type { TokenEndpoint, TokenRequestRecord, TokenResponder } from './token-endpoint.js';
export { basic, createTokenEndpointMock } from './token-endpoint-mock.js';
export type { TokenCall, TokenEndpointMockOptions, TokenMockResponder } from './token-endpoint-mock.js';
