// The agent-session loop's life as auth-core stream attempts: the client's onAttempt and tracer see the session
// start, every retry with its cause, the token refreshes it polled across, and how the session ended.
import type { AttemptOutcome, StreamCause } from '@ccaas/auth-core';
import { reportStreamAttempts, streamErrorFields, streamOutcomeOf } from '@ccaas/auth-core/platform';
import type { CxoneClient } from './create-cxone-client.js';

/** How a retry is named on the loop's own items (`retrying.cause`). */
type RetryCause = 'rate-limited' | 'network-error' | 'server-error' | 'timeout';

const retryCauses: Record<RetryCause, StreamCause> = {
  'rate-limited': 'rate_limited',
  'network-error': 'network',
  'server-error': 'server_error',
  timeout: 'timeout',
};

/** Why the loop ended, as reported. */
export type AgentSessionEndCause = Extract<StreamCause, 'platform_ended' | 'session_gone' | 'failed' | 'aborted'>;

export interface AgentEventAttempts {
  /** The last REST URL the loop used (its query removed: a station id is nobody's business in a trace). */
  seen(url: string | undefined): void;
  started(sessionId: string): void;
  /** `status`: the HTTP status that failed the poll, when the error does not carry it. */
  retrying(cause: RetryCause, attempt: number, delayMs: number, error: unknown, status?: number): void;
  ended(cause: AgentSessionEndCause, error?: unknown): void;
}

const withoutQuery = (url: string) => url.split('?')[0]!;

/**
 * The loop's reporter through the client's onAttempt/tracer (nothing is built when the client has neither). While
 * the session runs, a token refresh of the client is reported as `renewed` with cause `token_refreshed`, so a trace
 * shows the session polling on across it.
 */
export function agentEventAttempts(client: CxoneClient, now: () => number): AgentEventAttempts | undefined {
  const report = reportStreamAttempts(client, 'cxone.agent_events');
  if (report === undefined) return undefined;
  let url = '';
  let sessionId: string | undefined;
  let stopListening: (() => void) | undefined;
  type Extra = { cause?: StreamCause; attempt?: number; delayMs?: number; error?: unknown; status?: number; outcome?: AttemptOutcome };
  const step = (phase: Parameters<typeof report>[0]['phase'], extra: Extra = {}) => {
    const { error, status, ...rest } = extra;
    report({
      phase,
      attempt: 1,
      startedAt: now(),
      durationMs: 0,
      outcome: 'response',
      url,
      ...(sessionId === undefined ? {} : { channelId: sessionId }),
      ...rest,
      ...(error === undefined ? {} : streamErrorFields(error)),
      // a status the loop names (the poll's) wins over the error's
      ...(status === undefined ? {} : { status }),
    });
  };
  return {
    seen(next) {
      if (next) url = withoutQuery(next);
    },
    started(id) {
      sessionId = id;
      step('session_started');
      stopListening = client.tokenManager.on('tokenRefreshed', () => step('renewed', { cause: 'token_refreshed' }));
    },
    retrying(cause, attempt, delayMs, error, status) {
      const mapped = retryCauses[cause];
      step('reconnecting', { cause: mapped, attempt, delayMs, error, status, outcome: streamOutcomeOf(mapped) });
    },
    ended(cause, error) {
      stopListening?.();
      stopListening = undefined;
      step('session_ended', { cause, error, outcome: streamOutcomeOf(cause) });
    },
  };
}
