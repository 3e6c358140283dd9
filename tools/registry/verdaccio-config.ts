// Verdaccio 6.8 configuration for a throw-away registry: storage in a temp dir, no uplinks (nothing is ever
// fetched from or forwarded to the internet), web UI off, anonymous publish for scoped packages only
// (any scope: the e2e publishes under a renamed one).
export interface VerdaccioConfigOptions {
  storageDir: string;
  htpasswdFile: string;
}

export function renderVerdaccioConfig({ storageDir, htpasswdFile }: VerdaccioConfigOptions): string {
  return [
    `storage: ${JSON.stringify(storageDir)}`,
    'uplinks: {}',
    'web:',
    '  enable: false',
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(htpasswdFile)}`,
    '    max_users: -1',
    'packages:',
    "  '@*/*':",
    '    access: $all',
    '    publish: $anonymous',
    '    unpublish: $anonymous',
    "  '**':",
    '    access: $all',
    'publish:',
    '  allow_offline: true',
    'server:',
    '  keepAliveTimeout: 5',
    'middlewares:',
    '  audit:',
    '    enabled: false',
    'log:',
    '  type: stdout',
    '  format: json',
    '  level: warn',
    '',
  ].join('\n');
}
