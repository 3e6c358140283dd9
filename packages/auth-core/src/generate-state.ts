import * as oauth from 'oauth4webapi';

/** A random `state` value for the authorization request (oauth4webapi, WebCrypto). */
export function generateState(): string {
  return oauth.generateRandomState();
}
