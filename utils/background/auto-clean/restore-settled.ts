/**
 * Waits for a browser start to settle. Chromium drops its last-session data when
 * history is deleted, so a clean that runs while the browser is still restoring
 * the last session can cut the restore short, and with no window left the
 * browser quits (seen about once in ten restarts in the browser tests). No API
 * says when a restore has finished: this waits until a normal window exists and
 * the number of tabs has stayed the same for a moment.
 */
import { browser } from 'wxt/browser';

const STEP_MS = 500;
/** A busy machine can pause a restore for more than one step: the count must hold for this many. */
const STEADY_STEPS = 3;
const MAX_WAIT_MS = 15_000;

async function tabCount(): Promise<number> {
  return (await browser.tabs.query({}).catch(() => [])).length;
}

/** Firefox for Android has no `windows` namespace: there, any tab will do. */
async function hasWindow(): Promise<boolean> {
  if (!browser.windows) return (await tabCount()) > 0;
  return (await browser.windows.getAll({ windowTypes: ['normal'] }).catch(() => [])).length > 0;
}

export async function restoreSettled(): Promise<void> {
  let before = await tabCount();
  let steady = 0;
  for (const until = Date.now() + MAX_WAIT_MS; Date.now() < until;) {
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
    const now = await tabCount();
    steady = now === before && (await hasWindow()) ? steady + 1 : 0;
    if (steady >= STEADY_STEPS) return;
    before = now;
  }
}
