// Bench consumer: only oauth4webapi's client-credentials token request and response processing, the way auth-core
// made its token requests before (clientCredentialsGrantRequest + processClientCredentialsResponse): what keeping
// oauth4webapi for the token request would add to a client-credentials consumer.
import * as oauth from 'oauth4webapi';

const as: oauth.AuthorizationServer = { issuer: 'https://login.mypurecloud.com', token_endpoint: 'https://login.mypurecloud.com/oauth/token' };
const client: oauth.Client = { client_id: process.env.GENESYS_CLIENT_ID ?? '' };
const response = await oauth.clientCredentialsGrantRequest(as, client, oauth.ClientSecretBasic(process.env.GENESYS_CLIENT_SECRET ?? ''), {});
const token = await oauth.processClientCredentialsResponse(as, client, response);
console.log(token.token_type, token.expires_in);
