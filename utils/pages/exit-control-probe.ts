/**
 * Asks the page in a tab whether it shows a quick-exit control of its own
 * (entrypoints/exit-control-probe.ts). Possible only while the browser lets the
 * extension read that tab: after the person opened the popup from the toolbar
 * there (activeTab). Otherwise, on pages no extension may read, and on a page too
 * busy to answer soon, the answer is no: the popup then offers the site as any
 * other.
 */
import { browser } from 'wxt/browser';

export const EXIT_CONTROL_PROBE_SCRIPT = '/exit-control-probe.js';
/** A page whose own scripts hold its thread (or a huge page) must not hold up the popup. */
export const PROBE_TIMEOUT_MS = 1000;

export async function tabShowsOwnExitControl(tabId: number): Promise<boolean> {
  const look = browser.scripting
    .executeScript({ target: { tabId }, files: [EXIT_CONTROL_PROBE_SCRIPT] })
    .then(([main]) => main?.result === true)
    .catch(() => false);
  const giveUp = new Promise<false>((resolve) => setTimeout(resolve, PROBE_TIMEOUT_MS, false));
  return Promise.race([look, giveUp]);
}
