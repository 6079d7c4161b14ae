/**
 * Discreet mode: the toolbar button gets a plain icon and a neutral tooltip and
 * never a badge, so a glance at the toolbar does not show a safety tool. The
 * extensions list still shows Quick Exit by name (said in the settings and the guide).
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { discreetModeItem, readDiscreetMode } from '@/utils/shared/settings';

const icons = (dir: string) => ({ 16: `/${dir}/16.png`, 32: `/${dir}/32.png`, 48: `/${dir}/48.png` });
export const DISCREET_ICON = icons('icon-discreet');
export const NORMAL_ICON = icons('icon');

export async function applyDiscreetMode(on: boolean): Promise<void> {
  // Firefox for Android shows the button in a menu and has no icon or badge to set.
  const action = browser.action as Partial<typeof browser.action> | undefined;
  await Promise.all([
    action?.setIcon?.({ path: on ? DISCREET_ICON : NORMAL_ICON }),
    action?.setTitle?.({ title: i18n.t(on ? 'options.discreet.toolbarTitle' : 'extName') }),
    action?.setBadgeText?.({ text: '' }),
  ]);
}

/** In the background: the toolbar look is not kept across browser restarts, so it is set at every start and on every change. */
export function initDiscreetMode(): void {
  void readDiscreetMode().then(applyDiscreetMode);
  discreetModeItem.watch((on) => void applyDiscreetMode(on === true));
}
