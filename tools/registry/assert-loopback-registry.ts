// The guard run before every publish of the e2e: a registry that is not on this machine aborts the run.
const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

export function assertLoopbackRegistry(registryUrl: string): URL {
  let url: URL;
  try {
    url = new URL(registryUrl);
  } catch {
    throw new Error(`[registry-e2e] refusing to publish: registry "${registryUrl}" is not a URL`);
  }
  if (url.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) {
    throw new Error(`[registry-e2e] refusing to publish: registry ${url.origin} is not a loopback http registry`);
  }
  return url;
}
