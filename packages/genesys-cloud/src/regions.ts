/**
 * Every Genesys Cloud region: its AWS-style id and the domain behind `api.<domain>` (REST API) and
 * `login.<domain>` (OAuth). Source: the platform's published region list (see shared reference).
 */
export const genesysCloudRegions = {
  'us-east-1': 'mypurecloud.com',
  'us-east-2': 'use2.us-gov-pure.cloud',
  'us-west-2': 'usw2.pure.cloud',
  'ca-central-1': 'cac1.pure.cloud',
  'sa-east-1': 'sae1.pure.cloud',
  'mx-central-1': 'mxc1.pure.cloud',
  'eu-west-1': 'mypurecloud.ie',
  'eu-west-2': 'euw2.pure.cloud',
  'eu-central-1': 'mypurecloud.de',
  'eu-central-2': 'euc2.pure.cloud',
  'me-central-1': 'mec1.pure.cloud',
  'ap-south-1': 'aps1.pure.cloud',
  'ap-southeast-1': 'apse1.pure.cloud',
  'ap-southeast-2': 'mypurecloud.com.au',
  'ap-northeast-1': 'mypurecloud.jp',
  'ap-northeast-2': 'apne2.pure.cloud',
  'ap-northeast-3': 'apne3.pure.cloud',
} as const;

export type GenesysCloudRegion = keyof typeof genesysCloudRegions;

export interface GenesysCloudHosts {
  /** Base URL of the Platform API, e.g. `https://api.mypurecloud.com`. */
  apiBaseUrl: string;
  /** Base URL of the login host, e.g. `https://login.mypurecloud.com`. */
  loginBaseUrl: string;
  /** The OAuth token endpoint on the login host. */
  tokenEndpoint: string;
}

/** Resolves the API and login hosts of a region (or of a bare environment domain such as `mypurecloud.ie`). */
export function resolveGenesysCloudHosts(regionOrDomain: GenesysCloudRegion | (string & {})): GenesysCloudHosts {
  const domain =
    (genesysCloudRegions as Record<string, string>)[regionOrDomain] ??
    (Object.values(genesysCloudRegions) as string[]).find((d) => d === regionOrDomain);
  if (!domain) {
    throw new Error(
      `[@ccaas/genesys-cloud] unknown region "${regionOrDomain}"; use one of ${Object.keys(genesysCloudRegions).join(', ')} ` +
        'or pass apiBaseUrl/loginBaseUrl explicitly',
    );
  }
  return {
    apiBaseUrl: `https://api.${domain}`,
    loginBaseUrl: `https://login.${domain}`,
    tokenEndpoint: `https://login.${domain}/oauth/token`,
  };
}
