import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@ccaas/auth-core';
import { genesysCloudRegions, normalizeGenesysCloudRegion, resolveGenesysCloudHosts } from './regions.js';

const thrown = (fn: () => unknown): ConfigurationError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
};

describe('normalizeGenesysCloudRegion', () => {
  it.each([
    ['eu-west-1', 'eu-west-1'],
    ['EU-WEST-1', 'eu-west-1'],
    ['eu_west_1', 'eu-west-1'],
    [' us-east-1 ', 'us-east-1'],
    ['eu west 1', 'eu-west-1'],
    ['euwest1', 'eu-west-1'],
    ['eusc_de_east_1', 'eusc-de-east-1'],
  ])('accepts the region id %j in any case and separator', (input, region) => {
    expect(normalizeGenesysCloudRegion(input)).toBe(region);
  });

  it.each([
    ['euw1', 'eu-west-1'],
    ['EUW2', 'eu-west-2'],
    ['usw2', 'us-west-2'],
    ['apse2', 'ap-southeast-2'],
    ['edee1', 'eusc-de-east-1'],
  ])('accepts the short code %j', (input, region) => {
    expect(normalizeGenesysCloudRegion(input)).toBe(region);
  });

  it.each([
    ['mypurecloud.ie', 'eu-west-1'],
    ['api.mypurecloud.ie', 'eu-west-1'],
    ['https://login.mypurecloud.ie/', 'eu-west-1'],
    ['https://apps.mypurecloud.com.au/directory/', 'ap-southeast-2'],
    ['USW2.PURE.CLOUD', 'us-west-2'],
    ['login.use2.us-gov-pure.cloud', 'us-east-2'],
  ])('accepts the environment domain form %j', (input, region) => {
    expect(normalizeGenesysCloudRegion(input)).toBe(region);
  });

  it('accepts every region the official SDK names (PureCloudRegionHosts keys: eu_west_1, ...)', () => {
    for (const id of Object.keys(genesysCloudRegions)) expect(normalizeGenesysCloudRegion(id.replace(/-/g, '_'))).toBe(id);
  });

  it.each([
    ['eu-wset-1', 'eu-west-1'],
    ['us-esat-1', 'us-east-1'],
    ['ap-southeast-22', 'ap-southeast-2'],
    ['usw3', 'us-west-2'],
    ['mypurecloud.ei', 'eu-west-1'],
  ])('rejects %j with a did-you-mean %j, code unknown_region and the option name', (input, suggestion) => {
    const error = thrown(() => normalizeGenesysCloudRegion(input));
    expect(error).toMatchObject({ code: 'unknown_region', option: 'region' });
    expect(error.message).toContain(`[@ccaas/genesys-cloud] unknown region ${JSON.stringify(input)}; did you mean "${suggestion}"?`);
    expect(error.message).toContain('for other hosts pass both apiBaseUrl and loginBaseUrl');
  });

  it('lists the regions and the accepted forms when nothing is close', () => {
    const error = thrown(() => normalizeGenesysCloudRegion('mars-north-9'));
    expect(error.message).toBe(
      '[@ccaas/genesys-cloud] unknown region "mars-north-9". Use a region id (' +
        Object.keys(genesysCloudRegions).join(', ') +
        "), the official SDK's name (eu_west_1), a short code (euw2) or the environment domain (mypurecloud.ie); " +
        'for other hosts pass both apiBaseUrl and loginBaseUrl instead of region.',
    );
  });

  it('rejects a region that is not a string (plain JavaScript) as invalid_option', () => {
    expect(thrown(() => normalizeGenesysCloudRegion(1))).toMatchObject({
      code: 'invalid_option',
      option: 'region',
      message: '[@ccaas/genesys-cloud] region must be a string such as "eu-west-1", got number',
    });
  });
});

describe('resolveGenesysCloudHosts', () => {
  it('gives the api and login hosts and token endpoint of a region in any accepted spelling', () => {
    expect(resolveGenesysCloudHosts('EU_WEST_1')).toEqual({
      apiBaseUrl: 'https://api.mypurecloud.ie',
      loginBaseUrl: 'https://login.mypurecloud.ie',
      tokenEndpoint: 'https://login.mypurecloud.ie/oauth/token',
    });
  });
});
