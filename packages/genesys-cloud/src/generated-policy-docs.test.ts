// The generated areas' doc comments carry each operation's policy (the vendor's permissions, preview, deprecation):
// read with the TypeScript compiler API the way an editor reads them, so `@deprecated` really strikes a call through.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The JSDoc tags TypeScript attaches to `paths[path][method]` of a generated area declaration. */
function tagsOf(area: string, path: string, method: string): Record<string, string> {
  const file = new URL(`./generated/${area}.d.ts`, import.meta.url);
  const source = ts.createSourceFile(`${area}.d.ts`, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const paths = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'paths');
  const item = paths?.members.find((m) => ts.isPropertySignature(m) && ts.isStringLiteral(m.name!) && m.name.text === path) as ts.PropertySignature | undefined;
  const member = (item?.type as ts.TypeLiteralNode | undefined)?.members.find((m) => ts.isPropertySignature(m) && ts.isIdentifier(m.name) && m.name.text === method);
  if (member === undefined) throw new Error(`${area}.d.ts has no paths["${path}"].${method}`);
  return Object.fromEntries(ts.getJSDocTags(member).map((tag) => [tag.tagName.text, ts.getTextOfJSDocComment(tag.comment) ?? '']));
}

describe('generated doc comments', () => {
  it('a deprecated operation is @deprecated naming its replacement, as the vendor words it', () => {
    const tags = tagsOf('authorization', '/api/v2/authorization/divisionspermitted/me', 'get');
    expect(tags['deprecated']).toBe('This route is deprecated, use authorization/divisionspermitted/paged/me instead.');
    expect(tags['permissions']).toBe('none required');
  });

  it('a deprecated operation whose description did not name the replacement gets the one the vendor docs name', () => {
    expect(tagsOf('presence', '/api/v2/presencedefinitions', 'post')['deprecated']).toBe('Use POST /api/v2/presence/definitions instead.');
  });

  it('a preview operation says so, with its permissions (ANY)', () => {
    const tags = tagsOf('users', '/api/v2/users/search/conversation/target', 'post');
    expect(tags['preview']).toMatch(/^Genesys Cloud preview operation: subject to breaking and non-breaking changes/);
    expect(tags['permissions']).toBe('ANY: `conversation:communication:target`');
    expect(tags).not.toHaveProperty('deprecated');
    // No longer a preview in the SDK release the operations come from (the older docs still called it one).
    expect(tagsOf('users', '/api/v2/analytics/users/aggregates/jobs/{jobId}', 'delete')).not.toHaveProperty('preview');
  });

  it('lists every permission, ANY or ALL', () => {
    expect(tagsOf('analytics', '/api/v2/analytics/conversations/details/query', 'post')['permissions']).toBe(
      'ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`',
    );
    expect(tagsOf('routing', '/api/v2/routing/predictors/{predictorId}', 'delete')['permissions']).toBe('ALL: all of `routing:predictor:delete`, `routing:queue:edit`');
    expect(tagsOf('users', '/api/v2/authorization/subjects/{subjectId}/bulkadd', 'post')['permissions']).toBe('ALL: `authorization:grant:add`');
  });

  it('keeps the summary of a one-line comment and adds the tags', () => {
    const file = readFileSync(new URL('./generated/users.d.ts', import.meta.url), 'utf8');
    expect(file).toContain('        /**\n         * Get user.\n         * @permissions none required\n         */\n        get: operations["getUser"];');
  });
});
