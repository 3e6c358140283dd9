import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { abortableSleep } from './abortable-sleep.js';
import { abortableWait } from './abortable-wait.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('abortableSleep / abortableWait', () => {
  it('resolves after the delay and clears its timer', async () => {
    const done = vi.fn();
    const sleeping = abortableSleep(1_000).then(done);
    await vi.advanceTimersByTimeAsync(999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once with the abort reason, before or during the wait', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const sleeping = abortableSleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    await expect(abortableSleep(10, controller.signal)).rejects.toBe(reason);
    await expect(abortableWait(new Promise(() => undefined), controller.signal)).rejects.toBe(reason);
  });

  it('abortableWait passes results and errors through', async () => {
    const controller = new AbortController();
    await expect(abortableWait(Promise.resolve(1), controller.signal)).resolves.toBe(1);
    await expect(abortableWait(Promise.reject(new Error('x')), controller.signal)).rejects.toThrow('x');
  });
});
