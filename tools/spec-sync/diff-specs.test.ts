import { describe, expect, it } from 'vitest';
import { diffSpecs, type SpecChange } from './diff-specs.js';
import type { JsonObject } from './is-plain-object.js';

// A small OpenAPI 3 document; each test changes one thing in a copy and checks the class of that one change.
function baseSpec(): JsonObject {
  return {
    openapi: '3.0.3',
    info: { title: 'Fixture', version: '1' },
    paths: {
      '/users/{userId}': {
        get: {
          operationId: 'getUser',
          summary: 'Get user',
          parameters: [
            { name: 'userId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'expand', in: 'query', explode: true, schema: { type: 'array', items: { type: 'string', enum: ['presence', 'routingStatus'] } } },
          ],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } },
            '404': { description: 'not found' },
          },
        },
      },
      '/users': {
        post: {
          operationId: 'postUsers',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateUser' } } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } } },
        },
      },
    },
    components: {
      schemas: {
        User: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string', description: 'Display name' },
            version: { type: 'integer', format: 'int32' },
            state: { type: 'string', enum: ['active', 'inactive', 'deleted'] },
            manager: { $ref: '#/components/schemas/User' },
          },
        },
        CreateUser: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, title: { type: 'string' } } },
      },
    },
  };
}

// Loose: terse edits of nested fixture objects in each test.
type Loose = any;
function changed(edit: (spec: Loose) => void): SpecChange[] {
  const after = baseSpec();
  edit(after);
  return diffSpecs(baseSpec(), after).changes;
}

describe('spec:diff classification', () => {
  it('reports no change (bump none) for identical documents', () => {
    expect(diffSpecs(baseSpec(), baseSpec())).toEqual({ changes: [], bump: 'none' });
  });

  describe('breaking', () => {
    it('a removed operation', () => {
      expect(changed((s) => delete s.paths['/users'].post)).toEqual([{ class: 'breaking', location: 'POST /users', message: 'operation removed' }]);
    });

    it('a removed response property', () => {
      expect(changed((s) => delete s.components.schemas.User.properties.version)).toEqual([
        { class: 'breaking', location: 'schema User', message: 'response property version removed' },
      ]);
    });

    it('a renamed response property', () => {
      expect(changed((s) => {
        s.components.schemas.User.properties.displayName = s.components.schemas.User.properties.name;
        delete s.components.schemas.User.properties.name;
      })).toEqual([{ class: 'breaking', location: 'schema User', message: 'response property name renamed to displayName' }]);
    });

    it('a new required parameter', () => {
      expect(changed((s) => s.paths['/users/{userId}'].get.parameters.push({ name: 'divisionId', in: 'query', required: true, schema: { type: 'string' } }))).toEqual([
        { class: 'breaking', location: 'GET /users/{userId}', message: 'new required query parameter "divisionId"' },
      ]);
    });

    it('an optional parameter that became required', () => {
      expect(changed((s) => (s.paths['/users/{userId}'].get.parameters[1].required = true))).toEqual([
        { class: 'breaking', location: 'GET /users/{userId}', message: 'query parameter "expand" is now required' },
      ]);
    });

    it('a narrowed enum (in a parameter and in a schema)', () => {
      expect(changed((s) => (s.paths['/users/{userId}'].get.parameters[1].schema.items.enum = ['presence']))).toEqual([
        { class: 'breaking', location: 'GET /users/{userId}', message: 'query parameter "expand"[]: enum narrowed: removed "routingStatus"' },
      ]);
      expect(changed((s) => (s.components.schemas.User.properties.state.enum = ['active', 'inactive']))).toEqual([
        { class: 'breaking', location: 'schema User', message: 'state: enum narrowed: removed "deleted"' },
      ]);
    });

    it('a type change', () => {
      expect(changed((s) => (s.components.schemas.User.properties.version = { type: 'string' }))).toEqual([
        { class: 'breaking', location: 'schema User', message: 'version: type changed from integer to string' },
      ]);
    });

    it('a new required request property', () => {
      expect(changed((s) => {
        s.components.schemas.CreateUser.properties.email = { type: 'string' };
        s.components.schemas.CreateUser.required.push('email');
      })).toEqual([{ class: 'breaking', location: 'schema CreateUser', message: 'new required request property email' }]);
    });

    it('a response property that became optional', () => {
      expect(changed((s) => (s.components.schemas.User.required = []))).toEqual([
        { class: 'breaking', location: 'schema User', message: 'response property id is now optional' },
      ]);
    });

    it('a removed response code and a removed schema', () => {
      expect(changed((s) => delete s.paths['/users/{userId}'].get.responses['404'])).toEqual([
        { class: 'breaking', location: 'GET /users/{userId}', message: 'response 404 removed' },
      ]);
      expect(changed((s) => {
        delete s.paths['/users'].post;
        delete s.components.schemas.CreateUser;
      })).toContainEqual({ class: 'breaking', location: 'schema CreateUser', message: 'schema removed (its exported type is gone)' });
    });
  });

  describe('additive', () => {
    it('a new operation', () => {
      expect(changed((s) => (s.paths['/users'].get = { operationId: 'getUsers', responses: { '200': { description: 'ok' } } }))).toEqual([
        { class: 'additive', location: 'GET /users', message: 'operation added' },
      ]);
    });

    it('a new optional parameter', () => {
      expect(changed((s) => s.paths['/users/{userId}'].get.parameters.push({ name: 'state', in: 'query', schema: { type: 'string' } }))).toEqual([
        { class: 'additive', location: 'GET /users/{userId}', message: 'new optional query parameter "state"' },
      ]);
    });

    it('a new optional property and a widened enum', () => {
      expect(changed((s) => (s.components.schemas.User.properties.email = { type: 'string' }))).toEqual([
        { class: 'additive', location: 'schema User', message: 'new optional response property email' },
      ]);
      expect(changed((s) => s.components.schemas.User.properties.state.enum.push('any'))).toEqual([
        { class: 'additive', location: 'schema User', message: 'state: enum widened: added "any"' },
      ]);
    });
  });

  describe('docs-only', () => {
    it('summary and description edits', () => {
      const changes = changed((s) => {
        s.paths['/users/{userId}'].get.summary = 'Get one user by id';
        s.components.schemas.User.properties.name.description = 'The name shown in the UI';
      });
      expect(changes).toEqual([
        { class: 'docs', location: 'GET /users/{userId}', message: 'summary changed' },
        { class: 'docs', location: 'schema User', message: 'name: description changed' },
      ]);
      const after = baseSpec();
      (after as Loose).paths['/users/{userId}'].get.summary = 'x';
      expect(diffSpecs(baseSpec(), after).bump).toBe('patch');
    });

    it('a renamed path parameter (same URL for callers)', () => {
      const changes = changed((s) => {
        s.paths['/users/{id}'] = s.paths['/users/{userId}'];
        delete s.paths['/users/{userId}'];
        s.paths['/users/{id}'].get.parameters[0].name = 'id';
      });
      expect(changes.map((c) => c.class)).toEqual(['docs']);
    });
  });

  it('compares a schema shared by many operations once, and survives recursive schemas (User.manager -> User)', () => {
    const changes = changed((s) => (s.components.schemas.User.properties.version = { type: 'number' }));
    expect(changes).toHaveLength(1);
  });

  it('does not repeat changes of a schema inherited through allOf under the inheriting schema', () => {
    const withMe = (spec: Loose) => {
      spec.components.schemas.UserMe = { allOf: [{ $ref: '#/components/schemas/User' }, { type: 'object', properties: { date: { type: 'string' } } }] };
      spec.paths['/users/me'] = { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/UserMe' } } } } } } };
      return spec;
    };
    const after = withMe(baseSpec());
    delete after.components.schemas.User.properties.version;
    expect(diffSpecs(withMe(baseSpec()), after).changes).toEqual([{ class: 'breaking', location: 'schema User', message: 'response property version removed' }]);
  });

  it('picks the highest bump: breaking > additive > docs', () => {
    const after: Loose = baseSpec();
    after.paths['/users'].get = { responses: { '200': { description: 'ok' } } };
    after.paths['/users/{userId}'].get.summary = 'x';
    expect(diffSpecs(baseSpec(), after).bump).toBe('minor');
    delete after.components.schemas.User.properties.version;
    expect(diffSpecs(baseSpec(), after).bump).toBe('major');
  });
});
