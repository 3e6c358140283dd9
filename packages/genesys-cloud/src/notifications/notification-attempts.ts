// The stream's lifecycle and gaps as auth-core stream attempts, so the client's onAttempt and tracer see a channel's
// life and every reconnect with its cause the way they see its REST calls. Ids and causes only: the socket's
// connectUri (and anything in its query) never leaves channel-connection.ts.
import type { StreamCause } from '@ccaas/auth-core';
import { reportStreamAttempts, streamErrorFields, streamOutcomeOf, type StreamStep } from '@ccaas/auth-core/platform';
import type { GenesysCloudClient } from '../create-genesys-cloud-client.js';
import type { NotificationReconnectCause, NotificationStreamEvent } from './notification-events.js';

const causes: Record<NotificationReconnectCause, StreamCause> = {
  'socket-closing': 'socket_closing',
  'socket-closed': 'socket_closed',
  'heartbeat-timeout': 'heartbeat_timeout',
  'channel-gone': 'evicted_or_token_expired',
  'channel-expired': 'channel_expired',
  'token-refreshed': 'token_refreshed',
  'connect-failed': 'connect_failed',
};

/**
 * A function that reports one stream event (lifecycle or gap) through the client's onAttempt/tracer, or undefined
 * when the client has neither. `failure()` is the error the stream closed on, if any.
 */
export function notificationAttemptReporter(
  client: GenesysCloudClient,
  failure: () => { error: unknown } | undefined,
): ((event: NotificationStreamEvent<string>) => void) | undefined {
  const report = reportStreamAttempts(client, 'genesys.notifications');
  if (report === undefined) return undefined;
  const channels = `${client.hosts.apiBaseUrl}/api/v2/notifications/channels`;
  return (event) => {
    if (event.type === 'notification') return;
    const step = event.type === 'gap' ? gapStep(event) : lifecycleStep(event, failure);
    if (step === undefined) return;
    const channelId = event.channelId;
    report({
      attempt: 1,
      durationMs: 0,
      outcome: streamOutcomeOf(step.cause),
      url: channelId === undefined ? channels : `${channels}/${channelId}`,
      ...(channelId === undefined ? {} : { channelId }),
      ...step,
    });
  };
}

type Step = Partial<StreamStep> & Pick<StreamStep, 'phase' | 'startedAt'>;

function gapStep(gap: Extract<NotificationStreamEvent<string>, { type: 'gap' }>): Step | undefined {
  if (gap.cause === 'buffer-overflow') return undefined; // the consumer's own buffer, not the stream's connection
  return { phase: 'gap', cause: causes[gap.cause], startedAt: gap.from, durationMs: Math.max(0, gap.to - gap.from), topicCount: gap.topics.length };
}

function lifecycleStep(event: Extract<NotificationStreamEvent<string>, { type: 'lifecycle' }>, failure: () => { error: unknown } | undefined): Step {
  const base = { startedAt: event.at, topicCount: event.topicCount };
  switch (event.event) {
    case 'channel-created':
      return { ...base, phase: 'channel_created' };
    case 'subscribed':
      return { ...base, phase: 'subscribed' };
    case 'connected':
      return { ...base, phase: 'connected' };
    case 'channel-renewed':
      return { ...base, phase: 'renewed' };
    case 'channel-lost':
      return { ...base, phase: 'channel_lost', cause: event.reason === 'expired' ? 'channel_expired' : 'evicted_or_token_expired', status: 404 };
    case 'reconnecting': {
      const error = event.error === undefined ? {} : streamErrorFields(event.error);
      return { ...base, phase: 'reconnecting', cause: causes[event.cause], attempt: event.attempt, delayMs: event.delayMs, ...error };
    }
    case 'socket-replaced':
      return { ...base, phase: 'replaced', cause: causes[event.cause] };
    case 'closed': {
      const failed = failure();
      return failed === undefined ? { ...base, phase: 'closed', cause: 'aborted' } : { ...base, phase: 'closed', cause: 'failed', ...streamErrorFields(failed.error) };
    }
  }
}
