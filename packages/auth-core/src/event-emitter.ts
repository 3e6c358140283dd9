import type { TokenManagerEventName, TokenManagerEvents, TokenManagerListener } from './token-manager-events.js';

export interface EventEmitter {
  on<K extends TokenManagerEventName>(name: K, listener: TokenManagerListener<K>): () => void;
  emit<K extends TokenManagerEventName>(name: K, event: TokenManagerEvents[K]): void;
}

const emitters = new WeakMap<object, EventEmitter>();

/** A tiny synchronous emitter. A throwing listener is ignored so it can never break a request. */
export function createEventEmitter(): EventEmitter {
  const listeners = new Map<TokenManagerEventName, Set<(event: never) => void>>();
  return {
    on(name, listener) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener as (event: never) => void);
      return () => {
        set.delete(listener as (event: never) => void);
      };
    },
    emit(name, event) {
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          (listener as (event: unknown) => void)(event);
        } catch {
          // listeners must not break token handling
        }
      }
    },
  };
}

/** Links a token manager to its emitter so that `authMiddleware` can report retries on the manager's events. */
export function attachEmitter(owner: object, emitter: EventEmitter): void {
  emitters.set(owner, emitter);
}

export function emitterOf(owner: object): EventEmitter | undefined {
  return emitters.get(owner);
}
