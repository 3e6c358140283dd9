// Environment for child processes of the e2e: drops what npm/Nx/vitest exported for the *outer* run
// (npm_config_local_prefix, NX_WORKSPACE_ROOT_PATH, ...) so a nested npm or nx never acts on the real checkout.
const droppedPrefixes = ['npm_', 'NPM_', 'NX_', 'VITEST', 'INIT_CWD'];

export function isolatedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || droppedPrefixes.some((prefix) => key.startsWith(prefix))) continue;
    env[key] = value;
  }
  return {
    ...env,
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}
