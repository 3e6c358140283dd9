/**
 * MSW simulations of Genesys Cloud and NICE CXone for tests: `createGenesysCloudMock`, `createCxoneMock`, scenarios.
 *
 * @packageDocumentation
 * @module @ccaas/mocks
 */
export {
  createGenesysCloudMock,
  genesysCloudMockOperations,
  genesysCloudMockRateLimit,
  genesysCloudSandboxCredentials,
} from './create-genesys-cloud-mock.js';
export type { GenesysCloudMock, GenesysCloudMockOptions, PathsOfAreas } from './create-genesys-cloud-mock.js';
export type {
  FixtureConversation,
  FixtureQueue,
  FixtureQueueMember,
  FixtureUser,
  GenesysCloudFixtures,
} from './genesys-cloud-fixtures.js';
export { createCxoneMock, cxoneSandboxCredentials } from './create-cxone-mock.js';
export type { CxoneMock, CxoneMockOptions } from './create-cxone-mock.js';
export type { CxoneFixtures } from './cxone-fixtures.js';
export type {
  ForbiddenScenario,
  LatencyScenario,
  PlatformScenarios,
  RateLimitedScenario,
  ScenarioMatch,
  ServerErrorScenario,
  UnauthorizedScenario,
} from './create-scenarios.js';
export { createCxoneOperationHandlers, createOperationHandlers, generatedTables } from './create-operation-handlers.js';
export type {
  CxoneOperationHandlersOptions,
  GeneratedTableIndex,
  MockTableSource,
  OperationHandlers,
  OperationHandlersOptions,
  OperationKey,
  OperationOverride,
  OverrideOperation,
  UntypedOperationOverride,
} from './create-operation-handlers.js';
export { createSchemaResponder } from './create-schema-responder.js';
export type { JsonSchema, MockOperation, MockOperationTable, PagingStyle, SchemaResponder, SchemaResponderOptions } from './create-schema-responder.js';
export type { MockStats } from './mock-stats.js';
export type { RateLimitSpec, RateLimitWindowState } from './rate-limit-windows.js';
export type { MockAccessToken, MockGrantType, MockOAuthClient } from './oauth-server.js';
