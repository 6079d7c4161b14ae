/**
 * GOV.UK's "Exit this page" keyboard rule: Shift pressed three times, counted on
 * keyup, each press within 5 seconds of the last. Any other key resets the count,
 * and so does a Shift released while another key was typed with it (a capital
 * letter). Left and right Shift count alike.
 */
export const PRESSES_NEEDED = 3;
export const PRESS_WINDOW_MS = 5000;

export interface ShiftCounterEvents {
  /** The count changed; `remaining` presses are still needed (0 after an exit). */
  onProgress(count: number, remaining: number): void;
  /** The count was reset because the 5 seconds passed. */
  onExpired(): void;
  onComplete(): void;
}

export interface ShiftCounter {
  /** Counts a key release; true when it completed the three presses. */
  keyup(event: { key: string; shiftKey: boolean }): boolean;
  dispose(): void;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/**
 * The global timers, called as plain functions. Chromium's content scripts throw
 * "Illegal invocation" when `setTimeout` is called as a method of another object
 * (`timers.setTimeout(...)` with `timers = { setTimeout }`), and the count would
 * then never expire.
 */
const globalTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export function createShiftCounter(events: ShiftCounterEvents, timers: Timers = globalTimers): ShiftCounter {
  let count = 0;
  let lastKeyWasModified = false;
  let timer: unknown;

  const stopTimer = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };
  const reset = () => {
    stopTimer();
    count = 0;
    events.onProgress(0, PRESSES_NEEDED);
  };

  return {
    keyup({ key, shiftKey }) {
      let completed = false;
      if (key === 'Shift' && !lastKeyWasModified) {
        count++;
        stopTimer();
        if (count >= PRESSES_NEEDED) {
          count = 0;
          completed = true;
          events.onProgress(0, 0);
          events.onComplete();
        } else {
          events.onProgress(count, PRESSES_NEEDED - count);
          timer = timers.setTimeout(() => {
            reset();
            events.onExpired();
          }, PRESS_WINDOW_MS);
        }
      } else if (count > 0) {
        reset();
      }
      // A Shift released after typing a capital letter is not a press. GOV.UK also
      // counts a Shift released while the other Shift is held as "modified", which
      // is why mixing left and right Shift fails there; here it does not.
      lastKeyWasModified = key !== 'Shift' && shiftKey;
      return completed;
    },
    dispose: stopTimer,
  };
}
