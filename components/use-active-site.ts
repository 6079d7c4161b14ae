/**
 * The web site in the tab the popup is about, and what Quick Exit can do there:
 * read once when the popup opens, then changed by the person's "Add this site".
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { isProtectedUrl } from '@/utils/shared/protected-sites';
import { whyHostCannotBeAdded, type NotAddable } from '@/utils/shared/shared-platforms';
import { tabShowsOwnExitControl } from '@/utils/pages/exit-control-probe';
import { hostOfPageUrl } from '@/utils/shared/user-sites/origins';
import { readUserSiteHosts } from '@/utils/shared/user-sites/store';

export type ActiveSite =
  | { kind: 'none' }
  /** Not protected and can be added; `ownExitControl`: the page shows a quick-exit control of its own. */
  | { kind: 'offer'; host: string; ownExitControl: boolean }
  /** A platform or a general-purpose site: never added whole. */
  | { kind: 'not-addable'; host: string; reason: NotAddable }
  | { kind: 'protected'; host: string }
  | { kind: 'added'; host: string }
  | { kind: 'refused'; host: string };

/** A page with a quick-exit control of its own is very likely a support site: the popup offers it first. */
export function isOfferedFirst(site: ActiveSite): boolean {
  return site.kind === 'offer' && site.ownExitControl;
}

/**
 * The tab this is about: the one the person is looking at, or, when the popup
 * itself was opened in a tab, the tab that opened it.
 */
async function siteTab(): Promise<Browser.tabs.Tab | undefined> {
  const own = await browser.tabs.getCurrent();
  if (own?.openerTabId !== undefined) return browser.tabs.get(own.openerTabId).catch(() => undefined);
  if (own) return undefined;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

export async function readActiveSite(): Promise<ActiveSite> {
  const tab = await siteTab();
  const host = hostOfPageUrl(tab?.url);
  if (!host) return { kind: 'none' };
  if (isProtectedUrl(tab?.url)) return { kind: 'protected', host };
  const reason = whyHostCannotBeAdded(host);
  if (reason) return { kind: 'not-addable', host, reason };
  const added = await readUserSiteHosts().catch((): string[] => []);
  if (added.includes(host)) return { kind: 'protected', host };
  const ownExitControl = tab?.id !== undefined && (await tabShowsOwnExitControl(tab.id));
  return { kind: 'offer', host, ownExitControl };
}

export function useActiveSite(): [ActiveSite, (site: ActiveSite) => void] {
  const [site, setSite] = useState<ActiveSite>({ kind: 'none' });
  useEffect(() => {
    readActiveSite().then(setSite, () => setSite({ kind: 'none' }));
  }, []);
  return [site, setSite];
}
