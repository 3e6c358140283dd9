import type { ClientAuth } from 'oauth4webapi';

/**
 * HTTP Basic client authentication as Genesys Cloud and NICE CXone document it: `base64(clientId:clientSecret)`
 * of the raw (UTF-8) values. oauth4webapi's `ClientSecretBasic` first form-urlencodes both values (RFC 6749
 * §2.3.1), which turns the `-` of UUID client ids into `%2D`; servers that do not decode reject that.
 */
export function plainClientSecretBasic(clientSecret: string): ClientAuth {
  return (_as, client, _body, headers) => {
    const bytes = new TextEncoder().encode(`${client.client_id}:${clientSecret}`);
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    headers.set('authorization', `Basic ${btoa(binary)}`);
  };
}
