import { describe, expect, it } from 'vitest';
import { describeErrorBody, readErrorFields } from './describe-error-body.js';

const response = (headers: Record<string, string> = {}) => new Response(null, { status: 403, headers });

describe('describeErrorBody', () => {
  it('reads a Genesys Cloud ErrorBody with missing.any.permissions', () => {
    const body = {
      message: 'You must have at least one of the following permissions assigned: [analytics:conversationDetail:view, analytics:queueObservation:view]',
      code: 'missing.any.permissions',
      status: 403,
      contextId: 'ctx-1',
      messageParams: {},
    };
    expect(describeErrorBody(response(), body)).toEqual({
      code: 'missing.any.permissions',
      message: body.message,
      correlationId: 'ctx-1',
      missingPermissions: ['analytics:conversationDetail:view', 'analytics:queueObservation:view'],
    });
  });

  it('reads a NICE CXone {error, errorDescription} body and an OAuth error_description body', () => {
    expect(describeErrorBody(response(), { error: 'AccessDenied', errorDescription: 'Nope' })).toEqual({
      code: 'AccessDenied',
      message: 'Nope',
    });
    expect(describeErrorBody(response(), { error: 'insufficient_scope', error_description: 'Need more' })).toEqual({
      code: 'insufficient_scope',
      message: 'Need more',
    });
  });

  it('reads explicit missingPermissions, insufficient_scope challenges and plain-text bodies', () => {
    expect(describeErrorBody(response(), { missingPermissions: ['admin:user:edit'] }).missingPermissions).toEqual([
      'admin:user:edit',
    ]);
    expect(
      describeErrorBody(response({ 'www-authenticate': 'Bearer error="insufficient_scope", scope="users:read"' }), '')
        .missingPermissions,
    ).toEqual(['users:read']);
    expect(describeErrorBody(response(), 'Forbidden by proxy')).toEqual({ message: 'Forbidden by proxy' });
    expect(describeErrorBody(response(), undefined)).toEqual({});
  });
});

describe('readErrorFields (what authMiddleware always reads; tree-shaking keeps describeErrorBody out of bundles that do not import it)', () => {
  it('reads code, message, correlation id and WWW-Authenticate scopes, but no permission lists', () => {
    const body = {
      message: 'You are missing the following permission(s): routing:queue:view',
      code: 'missing.permissions',
      contextId: 'ctx-1',
      messageParams: { permissions: 'routing:queue:view' },
    };
    expect(readErrorFields(response(), body)).toEqual({ code: 'missing.permissions', message: body.message, correlationId: 'ctx-1' });
    expect(readErrorFields(response({ 'www-authenticate': 'Bearer error="insufficient_scope", scope="users:read"' }), '')).toEqual({
      missingPermissions: ['users:read'],
    });
    expect(describeErrorBody(response(), body).missingPermissions).toEqual(['routing:queue:view']);
  });
});
