// The agent-event loop's operations against the agent family's spec: a version that drifts (say get-next-event moved
// to v34.0 here while the spec keeps v23.0 from NICE's agent SDK) fails this test, not a production poll.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { agentSessionPaths } from './agent-events.js';

const specFile = fileURLToPath(new URL('../../../specs/nice-cxone/families/agent/openapi.yaml', import.meta.url));
const spec = parse(readFileSync(specFile, 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };

describe('agentSessionPaths', () => {
  it.each([
    ['start', 'post', 'startSession'],
    ['nextEvent', 'get', 'getNextEvent'],
    ['end', 'delete', 'endSession'],
  ] as const)('%s is the agent family spec\'s %s %s, on the same version', (key, method, operationId) => {
    const operations = Object.entries(spec.paths).flatMap(([path, item]) => (item[method]?.operationId === operationId ? [path] : []));
    expect(operations).toEqual([agentSessionPaths[key]]);
  });
});
