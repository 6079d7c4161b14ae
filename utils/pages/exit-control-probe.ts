/**
 * Asks the page in a tab whether it shows a quick-exit control of its own
 * (entrypoints/exit-control-probe.ts). Possible only while the browser lets the
 * extension read that tab: after the person opened the popup from the toolbar
 * there (activeTab). Otherwise, and on pages no extension may read, the answer
 * is no.
 */
import { browser } from 'wxt/browser';

export const EXIT_CONTROL_PROBE_SCRIPT = '/exit-control-probe.js';

export async function tabShowsOwnExitControl(tabId: number): Promise<boolean> {
  try {
    const [main] = await browser.scripting.executeScript({ target: { tabId }, files: [EXIT_CONTROL_PROBE_SCRIPT] });
    return main?.result === true;
  } catch {
    return false;
  }
}
