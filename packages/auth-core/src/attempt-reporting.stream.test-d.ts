// The stream attempt kind: additive (code reading the fields every attempt had still compiles), narrowed by `kind`.
import { describe, expectTypeOf, it } from 'vitest';
import type { AttemptEvent, AttemptOutcome, StreamAttemptEvent, StreamCause, StreamPhase, WaitTracer } from './index.js';

describe('stream attempts in onAttempt', () => {
  it("kind 'stream' narrows an AttemptEvent to a StreamAttemptEvent with its phase, cause and ids", () => {
    const read = (event: AttemptEvent) => {
      if (event.kind === 'stream') {
        expectTypeOf(event).toEqualTypeOf<StreamAttemptEvent>();
        expectTypeOf(event.phase).toEqualTypeOf<StreamPhase>();
        expectTypeOf(event.cause).toEqualTypeOf<StreamCause | undefined>();
        expectTypeOf(event.streamId).toBeString();
        expectTypeOf(event.channelId).toEqualTypeOf<string | undefined>();
      }
    };
    expectTypeOf(read).toBeFunction();
  });

  it('the fields every attempt had before stream attempts existed are still on the whole union', () => {
    expectTypeOf<AttemptEvent['attempt']>().toBeNumber();
    expectTypeOf<AttemptEvent['outcome']>().toEqualTypeOf<AttemptOutcome>();
    expectTypeOf<AttemptEvent['startedAt']>().toBeNumber();
    expectTypeOf<AttemptEvent['durationMs']>().toBeNumber();
    expectTypeOf<AttemptEvent['url']>().toBeString();
    expectTypeOf<AttemptEvent['status']>().toEqualTypeOf<number | undefined>();
  });

  it('a cause outside the documented list does not compile', () => {
    expectTypeOf<'socket_closing'>().toExtend<StreamCause>();
    expectTypeOf<'heartbeat_timeout'>().toExtend<StreamCause>();
    expectTypeOf<'socket-closing'>().not.toExtend<StreamCause>();
    expectTypeOf<'token'>().not.toExtend<StreamPhase>();
  });

  it('a stream event carries no token, secret or socket URL field', () => {
    expectTypeOf<StreamAttemptEvent>().not.toHaveProperty('token');
    expectTypeOf<StreamAttemptEvent>().not.toHaveProperty('accessToken');
    expectTypeOf<StreamAttemptEvent>().not.toHaveProperty('connectUri');
  });

  it('a recorder written before stream attempts (wait + tokenRequest only) is still a WaitTracer', () => {
    const recorder = { wait: () => undefined, tokenRequest: () => undefined };
    expectTypeOf(recorder).toExtend<WaitTracer>();
    expectTypeOf<WaitTracer['stream']>().toEqualTypeOf<((event: StreamAttemptEvent) => void) | undefined>();
  });
});
