// Runs before every test file of the workspace (vitest.shared.ts `setupFiles`). What a call needs only when it fails,
// retries or waits is auth-core's deferred code, loaded by one dynamic import on first need; loading it is real I/O,
// so under fake timers or simulated time (a few turns of the event loop per step) a retry or queued send whose timer
// is set only after the load would miss the time a test advanced. The tests load it first, as auth-core's README asks
// of fake-timer tests; load-deferred.test.ts exercises the load itself on a fresh module registry.
import { beforeAll } from 'vitest';
import { loadDeferredModules } from '@ccaas/auth-core';

beforeAll(() => loadDeferredModules());
