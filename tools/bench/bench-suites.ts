// Every suite `npm run bench` knows, in the order they run. Add a suite by exporting a BenchSuite and listing it here.
import type { BenchSuite } from './bench-suite.js';
import { bundleSizeSuite } from './suites/bundle-size.js';
import { codegenTimeSuite } from './suites/codegen-time.js';
import { typeCheckCostSuite } from './suites/type-check-cost.js';

export const benchSuites: readonly BenchSuite[] = [bundleSizeSuite, typeCheckCostSuite, codegenTimeSuite];
