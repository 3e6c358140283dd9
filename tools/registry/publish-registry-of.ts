// The registry `changeset publish` (2.31) sends a package to: publishConfig["@scope:registry"], the env var
// `npm_config_@scope:registry`, publishConfig.registry, the lowercase env var `npm_config_registry`, else the
// public registry. Mirrors getCorrectRegistry() in @changesets/cli so the e2e can check it before publishing.
import type { PackageManifest } from './list-workspace-packages.js';

export const publicNpmRegistry = 'https://registry.npmjs.org';

export function publishRegistryOf(manifest: PackageManifest, env: NodeJS.ProcessEnv): string {
  const scope = manifest.name.startsWith('@') ? manifest.name.split('/')[0] : undefined;
  if (scope !== undefined) {
    const scoped = manifest.publishConfig?.[`${scope}:registry`] ?? env[`npm_config_${scope}:registry`];
    if (scoped) return scoped;
  }
  return manifest.publishConfig?.['registry'] || env['npm_config_registry'] || publicNpmRegistry;
}
