import { describe, expect, it } from 'vitest';
import { matchOperation } from './match-operation.js';

describe('selection patterns', () => {
  it('matches an exact method and path', () => {
    const match = matchOperation('GET /api/v2/users');
    expect(match('get', '/api/v2/users')).toBe(true);
    expect(match('post', '/api/v2/users')).toBe(false);
    expect(match('get', '/api/v2/users/me')).toBe(false);
  });

  it('matches a list of methods and the wildcard method', () => {
    expect(matchOperation('GET|DELETE /api/v2/tokens/me')('delete', '/api/v2/tokens/me')).toBe(true);
    expect(matchOperation('GET|DELETE /api/v2/tokens/me')('head', '/api/v2/tokens/me')).toBe(false);
    expect(matchOperation('* /api/v2/tokens/me')('head', '/api/v2/tokens/me')).toBe(true);
  });

  it('matches one segment with *, any depth with **, and any {param} name with {param}', () => {
    expect(matchOperation('GET /api/v2/routing/queues/*/members')('get', '/api/v2/routing/queues/{queueId}/members')).toBe(true);
    expect(matchOperation('GET /api/v2/routing/**')('get', '/api/v2/routing/queues/{queueId}/members')).toBe(true);
    expect(matchOperation('GET /api/v2/routing/**')('get', '/api/v2/users')).toBe(false);
    expect(matchOperation('GET /api/v2/users/{userId}')('get', '/api/v2/users/{id}')).toBe(true);
    expect(matchOperation('GET /api/v2/users/{userId}')('get', '/api/v2/users/me')).toBe(false);
    expect(matchOperation('GET /api/v2/users/*')('get', '/api/v2/users/me')).toBe(true);
    expect(matchOperation('GET /api/v2/analytics/*/details/query')('post', '/api/v2/analytics/conversations/details/query')).toBe(false);
    expect(matchOperation('POST /api/v2/analytics/conv*/details/query')('post', '/api/v2/analytics/conversations/details/query')).toBe(true);
  });
});
