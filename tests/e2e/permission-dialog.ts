import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

/**
 * Clicks a control that asks the browser for a permission, and accepts the
 * browser's dialog as a person would: Tab moves to "Allow", Return presses it.
 * Headed Chromium only (the dialog never resolves headless).
 */
export function clickAndAllow(page: Page, click: () => Promise<void>): Promise<void> {
  return clickAndAnswer(page, click, ['Tab', 'Return']);
}

/** The same, saying no: Return presses the focused "Deny". */
export function clickAndDeny(page: Page, click: () => Promise<void>): Promise<void> {
  return clickAndAnswer(page, click, ['Return']);
}

async function clickAndAnswer(page: Page, click: () => Promise<void>, keys: string[]): Promise<void> {
  await click();
  await page.waitForTimeout(1200);
  execFileSync('xdotool', ['key', ...keys]);
}
