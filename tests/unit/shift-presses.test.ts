import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShiftCounter, PRESS_WINDOW_MS } from '@/utils/page-script/shift-presses';

const shift = { key: 'Shift', shiftKey: false };

function setup() {
  const events = { onProgress: vi.fn(), onExpired: vi.fn(), onComplete: vi.fn() };
  return { events, counter: createShiftCounter(events) };
}

describe('Shift pressed three times', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('exits on the third press and reports what is left after each', () => {
    const { events, counter } = setup();
    expect(counter.keyup(shift)).toBe(false);
    expect(counter.keyup(shift)).toBe(false);
    expect(events.onComplete).not.toHaveBeenCalled();
    expect(counter.keyup(shift)).toBe(true);
    expect(events.onComplete).toHaveBeenCalledTimes(1);
    expect(events.onProgress.mock.calls).toEqual([
      [1, 2],
      [2, 1],
      [0, 0],
    ]);
  });

  it('counts presses up to 5 seconds apart, and expires after that', () => {
    const { events, counter } = setup();
    counter.keyup(shift);
    vi.advanceTimersByTime(PRESS_WINDOW_MS - 1);
    counter.keyup(shift);
    vi.advanceTimersByTime(PRESS_WINDOW_MS + 1);
    expect(events.onExpired).toHaveBeenCalledTimes(1);
    counter.keyup(shift);
    counter.keyup(shift);
    expect(events.onComplete).not.toHaveBeenCalled();
  });

  it('starts again after any other key', () => {
    const { events, counter } = setup();
    counter.keyup(shift);
    counter.keyup(shift);
    counter.keyup({ key: 'a', shiftKey: false });
    counter.keyup(shift);
    counter.keyup(shift);
    expect(events.onComplete).not.toHaveBeenCalled();
    counter.keyup(shift);
    expect(events.onComplete).toHaveBeenCalledTimes(1);
  });

  it('does not count the Shift released after typing a capital letter', () => {
    const { events, counter } = setup();
    counter.keyup({ key: 'A', shiftKey: true });
    counter.keyup(shift);
    counter.keyup(shift);
    counter.keyup(shift);
    expect(events.onComplete).not.toHaveBeenCalled();
    counter.keyup(shift);
    expect(events.onComplete).toHaveBeenCalledTimes(1);
  });

  it('counts left and right Shift alike, even when one is still held', () => {
    const { events, counter } = setup();
    counter.keyup({ key: 'Shift', shiftKey: true }); // right released while left held
    counter.keyup(shift);
    counter.keyup({ key: 'Shift', shiftKey: true });
    expect(events.onComplete).toHaveBeenCalledTimes(1);
  });
});

describe('the timers Shift x3 uses', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('calls setTimeout and clearTimeout as plain functions, as Chromium content scripts require', () => {
    // Chromium throws "Illegal invocation" when the page's timers are called as methods of another object.
    const strictSetTimeout = vi.fn(function (this: unknown, run: () => void) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      run();
      return 1;
    });
    const strictClearTimeout = vi.fn(function (this: unknown) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
    });
    vi.stubGlobal('setTimeout', strictSetTimeout);
    vi.stubGlobal('clearTimeout', strictClearTimeout);
    const events = { onProgress: vi.fn(), onExpired: vi.fn(), onComplete: vi.fn() };
    const counter = createShiftCounter(events);
    expect(() => counter.keyup(shift)).not.toThrow();
    expect(strictSetTimeout).toHaveBeenCalledWith(expect.any(Function), PRESS_WINDOW_MS);
    // The stub runs the timer at once: the count expired and was announced.
    expect(events.onExpired).toHaveBeenCalledTimes(1);
    expect(() => counter.keyup(shift)).not.toThrow();
    expect(() => counter.dispose()).not.toThrow();
  });
});
