import { closestMatch, ConfigurationError } from '@ccaas/auth-core/platform';

/**
 * Every Genesys Cloud region: its AWS-style id and the domain behind `api.<domain>` (REST API) and
 * `login.<domain>` (OAuth). Source: the platform's published region list and the official SDK's
 * `PureCloudRegionHosts` (purecloud-platform-client-v2 262.0.0, which adds the EU sovereign cloud `eusc-de-east-1`).
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
  'eusc-de-east-1': 'edee1.eusc-pure.cloud',
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

const PACKAGE_NAME = '@ccaas/genesys-cloud';
const regionIds = Object.keys(genesysCloudRegions) as GenesysCloudRegion[];

/**
 * Every spelling we resolve, compacted (no separators), to its region id: the id (`euwest1`), the short code people
 * use (the first label of the newer domains, `euw2`; the regions on the older `mypurecloud.*` domains get the same
 * scheme) and the environment domain (`mypurecloud.ie`).
 */
const spellings = new Map<string, GenesysCloudRegion>(
  regionIds.flatMap((id) => {
    const domain: string = genesysCloudRegions[id];
    return [[id.replace(/-/g, ''), id], [domain, id], [domain.split('.')[0]!, id]] as const;
  }),
);
for (const [code, id] of [['use1', 'us-east-1'], ['euw1', 'eu-west-1'], ['euc1', 'eu-central-1'], ['apse2', 'ap-southeast-2'], ['apne1', 'ap-northeast-1']] as const) {
  spellings.set(code, id);
}
spellings.delete('mypurecloud');

/**
 * Resolves what users write for a region to its id: the id in any case with `-`, `_`, spaces or nothing between the
 * parts (`EU-WEST-1`, `eu_west_1` as the official SDK names it, `' us-east-1 '`, `euwest1`), the short code (`euw1`,
 * `usw2`), or the environment domain in any form (`mypurecloud.ie`, `api.mypurecloud.ie`, `https://login.mypurecloud.ie/`,
 * `apps.mypurecloud.ie`). Throws a {@link ConfigurationError} (`unknown_region`) with a did-you-mean otherwise.
 */
export function normalizeGenesysCloudRegion(region: unknown): GenesysCloudRegion {
  if (typeof region !== 'string') {
    throw new ConfigurationError(`region must be a string such as "eu-west-1", got ${region === null ? 'null' : typeof region}`, {
      code: 'invalid_option',
      option: 'region',
      packageName: PACKAGE_NAME,
    });
  }
  const text = region.trim().toLowerCase();
  const host = (/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '') : text)
    .split(/[/?#]/)[0]!
    .replace(/\.+$/, '')
    .replace(/^(api|login|apps)\./, '');
  const compact = text.replace(/[\s_-]+/g, '');
  const known = spellings.get(host) ?? spellings.get(compact);
  if (known) return known;

  const suggestion = suggestRegion(text, host);
  throw new ConfigurationError(
    `unknown region ${JSON.stringify(region)}${suggestion ? `; did you mean "${suggestion}"?` : '.'} ` +
      `Use a region id (${regionIds.join(', ')}), the official SDK's name (eu_west_1), a short code (euw2) or the ` +
      'environment domain (mypurecloud.ie); for other hosts pass both apiBaseUrl and loginBaseUrl instead of region.',
    { code: 'unknown_region', option: 'region', packageName: PACKAGE_NAME },
  );
}

/** The region id closest to a misspelt id, short code or domain. */
function suggestRegion(text: string, host: string): GenesysCloudRegion | undefined {
  const byId = closestMatch(text.replace(/[\s_]+/g, '-'), regionIds);
  const bySpelling = closestMatch(host.includes('.') ? host : text.replace(/[\s_-]+/g, ''), [...spellings.keys()]);
  return (byId as GenesysCloudRegion | undefined) ?? (bySpelling === undefined ? undefined : spellings.get(bySpelling));
}

/** The API and login hosts of a region, in any spelling {@link normalizeGenesysCloudRegion} accepts. */
export function resolveGenesysCloudHosts(region: GenesysCloudRegion | (string & {})): GenesysCloudHosts {
  const domain = genesysCloudRegions[normalizeGenesysCloudRegion(region)];
  return {
    apiBaseUrl: `https://api.${domain}`,
    loginBaseUrl: `https://login.${domain}`,
    tokenEndpoint: `https://login.${domain}/oauth/token`,
  };
}
