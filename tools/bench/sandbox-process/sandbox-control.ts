// The sandbox's control API (/__sandbox, see packages/mocks/README.md) as seen from the bench process: stats,
// scenarios and platform-side token expiry of the simulated Genesys Cloud.

/** The Genesys Cloud counters the runtime suites read (a subset of @ccaas/mocks' MockStats). */
export interface GenesysSandboxStats {
  tokenRequests: number;
  apiRequests: number;
  /** API responses per HTTP status (JSON keys are strings). */
  apiResponsesByStatus: Record<string, number>;
}

export interface SandboxControl {
  genesysStats(): Promise<GenesysSandboxStats>;
  resetStats(): Promise<void>;
  /** Every Genesys access token issued so far expires now (the next API call with one answers 401). */
  expireGenesysTokens(): Promise<void>;
  /** `POST /__sandbox/genesys-cloud/scenarios/<name>` with the scenario's options as JSON. */
  addGenesysScenario(name: string, options: Record<string, unknown>): Promise<void>;
  removeScenarios(): Promise<void>;
}

const controlRequestTimeoutMs = 10_000;

export function createSandboxControl(sandboxUrl: string): SandboxControl {
  const call = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${sandboxUrl}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(controlRequestTimeoutMs),
    });
    if (!response.ok) throw new Error(`[bench] sandbox control ${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response;
  };
  const send = async (method: string, path: string, body?: unknown) => {
    await (await call(method, path, body)).arrayBuffer();
  };
  return {
    genesysStats: async () => {
      const stats = (await (await call('GET', '/stats')).json()) as { 'genesys-cloud': GenesysSandboxStats };
      return stats['genesys-cloud'];
    },
    resetStats: () => send('POST', '/reset-stats'),
    expireGenesysTokens: () => send('POST', '/genesys-cloud/expire-tokens'),
    addGenesysScenario: (name, options) => send('POST', `/genesys-cloud/scenarios/${name}`, options),
    removeScenarios: () => send('DELETE', '/scenarios'),
  };
}
