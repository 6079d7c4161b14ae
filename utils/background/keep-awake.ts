/**
 * Chromium stops an extension's service worker after 30 seconds without an event
 * or an extension API call (developer.chrome.com, "The extension service worker
 * lifecycle"), and an exit that has to start it again is slower by the worker's
 * start-up. Someone reads a support page for minutes before they need to leave,
 * so while a protected tab is open the background keeps itself ready: every 20
 * seconds it looks at the open tabs (an extension API call, which resets that
 * timer), and stops once no protected tab is left. Nothing is stored and
 * nothing leaves the browser. A protected page's script says hello when it
 * loads, which wakes the worker and starts this again.
 */
export const KEEP_AWAKE_MS = 20_000;

export interface IntervalTimers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

const globalTimers: IntervalTimers = {
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval>),
};

export interface KeepAwake {
  /** Starts the loop unless it runs already. */
  start(): void;
  readonly running: boolean;
}

/** `protectedTabOpen` is asked at every tick; the loop ends the first time it says no (or fails). */
export function createKeepAwake(
  protectedTabOpen: () => Promise<boolean>,
  timers: IntervalTimers = globalTimers,
): KeepAwake {
  let timer: unknown;
  const stop = () => {
    if (timer !== undefined) timers.clearInterval(timer);
    timer = undefined;
  };
  const tick = async () => {
    if (!(await protectedTabOpen().catch(() => false))) stop();
  };
  return {
    start() {
      if (timer === undefined) timer = timers.setInterval(() => void tick(), KEEP_AWAKE_MS);
    },
    get running() {
      return timer !== undefined;
    },
  };
}
