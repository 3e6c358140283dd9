// Bench consumer: no client at all. Its type-check cost is the floor every consumer pays (TypeScript's lib files and
// @types/node under the same compiler options), so the other rows can be read as "floor + the client's types".
const clientId = process.env.GENESYS_CLIENT_ID ?? '';
console.log(clientId.length);
