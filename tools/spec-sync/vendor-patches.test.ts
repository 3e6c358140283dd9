import { describe, expect, it } from 'vitest';
import { applyVendorPatches } from './vendor-patches.js';

describe('vendor patches', () => {
  it('drops empty required lists and empty descriptions, but never touches example payloads or property names', () => {
    const doc: Record<string, any> = {
      openapi: '3.0.3',
      servers: [{ url: 'https://api.mypurecloud.com' }],
      tags: [{ name: 'Users', description: '' }],
      paths: {},
      components: {
        schemas: {
          Chat: { type: 'object', required: [], properties: { description: { type: 'string', description: '' }, jabberId: { type: 'string' } } },
          Note: { type: 'object', properties: { text: { type: 'string' } }, example: { description: '', required: [] } },
        },
      },
    };
    const applied = applyVendorPatches(doc, 'nice-cxone');
    expect(applied).toEqual([{ id: 'empty-required-array', count: 1 }, { id: 'empty-description', count: 2 }]);
    expect(doc['components'].schemas.Chat).toEqual({ type: 'object', properties: { description: { type: 'string' }, jabberId: { type: 'string' } } });
    expect(doc['components'].schemas.Note.example).toEqual({ description: '', required: [] });
    expect(doc['tags']).toEqual([{ name: 'Users' }]);
    expect(doc['servers']).toEqual([{ url: 'https://api.mypurecloud.com' }]); // the region patch is Genesys-only
  });

  it('replaces the single-region Genesys host with a region-templated server, once', () => {
    const doc: Record<string, unknown> = { servers: [{ url: 'https://api.mypurecloud.com' }] };
    expect(applyVendorPatches(doc, 'genesys-cloud')).toEqual([{ id: 'genesys-region-server', count: 1 }]);
    expect(doc['servers']).toEqual([{ url: 'https://api.{region}', variables: { region: { default: 'mypurecloud.com', description: expect.any(String) } } }]);
    expect(applyVendorPatches(doc, 'genesys-cloud')).toEqual([]);
  });
});
