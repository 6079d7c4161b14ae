/**
 * The exit button on the sites the person added: the same content script as
 * on the built-in sites, registered at runtime. Always rebuilt from stored
 * state, one operation at a time (as uBO Lite does), so overlapping changes
 * cannot leave a stale or doubled registration.
 */
import { browser } from 'wxt/browser';
import { EXIT_BUTTON_PAGE_CSS, EXIT_BUTTON_RUN, EXIT_BUTTON_SCRIPT } from '../exit-button-script';
import { oneAtATime } from '../one-at-a-time';
import { originPattern } from '@/utils/shared/user-sites/origins';
import { readUserSiteHosts } from '@/utils/shared/user-sites/store';

export const USER_SITES_SCRIPT_ID = 'quick-exit-user-sites';

async function rebuild(): Promise<string[]> {
  const hosts = await readUserSiteHosts();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (hosts.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: USER_SITES_SCRIPT_ID,
        matches: hosts.map(originPattern),
        js: [EXIT_BUTTON_SCRIPT],
        css: [EXIT_BUTTON_PAGE_CSS],
        ...EXIT_BUTTON_RUN,
        persistAcrossSessions: true,
      },
    ]);
  }
  return hosts;
}

const inTurn = oneAtATime();

/** Queues a rebuild; resolves with the hosts now covered. */
export function rebuildUserSiteRegistration(): Promise<string[]> {
  return inTurn(rebuild);
}
