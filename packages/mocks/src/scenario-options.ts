// The option names each scenario takes, for the sandbox's control API: a JSON body comes from curl or another
// language, where a typo (`{"retryAfter":2}`) would otherwise inject the scenario with its defaults and answer 204.
// The lists are checked against the scenario option types, so a new option cannot be forgotten here.
import type { PlatformScenarios } from './create-scenarios.js';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type OptionsOf<Name extends keyof PlatformScenarios> = Exclude<Parameters<PlatformScenarios[Name]>[0], undefined>;
type OptionNames = { readonly [Name in keyof PlatformScenarios]: readonly KeysOfUnion<OptionsOf<Name>>[] };

const match = ['path', 'method', 'times'] as const;

export const scenarioOptionNames = {
  unauthorized: [...match, 'code'],
  forbidden: [...match, 'permissions'],
  rateLimited: [...match, 'retryAfterSeconds', 'retryAfterAsHttpDate', 'requestsPerSecond', 'rateLimitHeaders'],
  serverErrors: [...match, 'status', 'retryAfterSeconds'],
  networkErrors: [...match],
  latency: [...match, 'ms'],
  tokenEndpointErrors: ['status', 'times'],
} as const satisfies OptionNames;

// The other direction: an option of a scenario's type that is not listed fails here, naming it.
type Unlisted = { [Name in keyof PlatformScenarios]: Exclude<KeysOfUnion<OptionsOf<Name>>, (typeof scenarioOptionNames)[Name][number]> }[keyof PlatformScenarios];
const everyOptionListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyOptionListed;

/** The listed option closest to a mistyped one: one contains the other (`retryAfter` -> `retryAfterSeconds`). */
function closestOption(unknown: string, known: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  return known.find((name) => name.toLowerCase().includes(lower) || lower.includes(name.toLowerCase()));
}

/** A message naming every option of `body` the scenario does not take; undefined when all are known. */
export function unknownScenarioOptions(name: keyof PlatformScenarios, body: Record<string, unknown>): { unknown: string[]; message: string } | undefined {
  const known: readonly string[] = scenarioOptionNames[name];
  const unknown = Object.keys(body).filter((key) => !known.includes(key));
  if (unknown.length === 0) return undefined;
  const named = unknown.map((key) => {
    const suggestion = closestOption(key, known);
    return `"${key}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`;
  });
  return {
    unknown,
    message: `${name} has no option ${named.join(', ')}; its options are ${known.join(', ')}. Nothing was injected.`,
  };
}
