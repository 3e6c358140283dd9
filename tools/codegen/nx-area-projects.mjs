// Nx plugin: every API area spec (specs/<platform>/areas/<area>/openapi.yaml; NICE CXone's API families,
// specs/nice-cxone/families/<family>/openapi.yaml, the same way) is its own Nx project, named
// `<platform>-area-<area>` and tagged `<platform>-area`, so `nx affected` / `nx show projects --affected` name the
// areas a change touches. The client package depends on them (`implicitDependencies: ["tag:<platform>-area"]`) and
// its `generate` target regenerates only the areas whose spec changed (tools/codegen/generate.mjs keeps a manifest).
// Registered in nx.json "plugins". Plain ESM so Nx loads it without a TypeScript transpiler.
import { dirname } from 'node:path';

export const name = '@ccaas/nx-area-projects';

export const createNodes = [
  'specs/*/{areas,families}/*/openapi.yaml',
  (files) =>
    files.map((file) => {
      const root = dirname(file);
      const [, platform, , area] = root.split('/');
      return [
        file,
        {
          projects: {
            [root]: {
              name: `${platform}-area-${area}`,
              tags: ['spec-area', `${platform}-area`],
              metadata: { description: `The ${area} API area of specs/${platform} (generates packages/${platform}/src/generated/${area}.{d.ts,js})` },
            },
          },
        },
      ];
    }),
];
