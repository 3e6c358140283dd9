// Every suite `npm run bench` knows, in the order they run. Add a suite by exporting a BenchSuite and listing it here.
import type { BenchSuite } from './bench-suite.js';
import { bundleSizeSuite } from './suites/bundle-size.js';
import { codegenTimeSuite } from './suites/codegen-time.js';
import { notificationsSuite } from './suites/notifications.js';
import { rateLimitEfficiencySuite } from './suites/rate-limit-efficiency.js';
import { refreshStormSuite } from './suites/refresh-storm.js';
import { runtimeOverheadSuite } from './suites/runtime-overhead.js';
import { soakSuite } from './suites/soak.js';
import { mocksFootprintSuite } from './suites/mocks-footprint.js';
import { typeCheckCostSuite } from './suites/type-check-cost.js';

export const benchSuites: readonly BenchSuite[] = [bundleSizeSuite, typeCheckCostSuite, runtimeOverheadSuite, refreshStormSuite, rateLimitEfficiencySuite, codegenTimeSuite, mocksFootprintSuite, soakSuite, notificationsSuite];
