import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '@/utils/shared/messages';
import { isProtectedUrl } from '@/utils/shared/protected-sites';
import { canAddHost, cookieDomainOf, sharedPlatformOf } from '@/utils/shared/shared-platforms';
import { hostOfPageUrl, originPattern } from '@/utils/shared/user-sites/origins';
import { readUserSiteHosts } from '@/utils/shared/user-sites/store';

type SiteState =
  | { kind: 'none' }
  | { kind: 'offer'; host: string }
  | { kind: 'platform'; host: string }
  | { kind: 'protected'; host: string }
  | { kind: 'added'; host: string }
  | { kind: 'refused'; host: string };

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

/** The web site in that tab, and whether it is protected already. */
async function readActiveSite(): Promise<SiteState> {
  const tab = await siteTab();
  const host = hostOfPageUrl(tab?.url);
  if (!host) return { kind: 'none' };
  if (isProtectedUrl(tab?.url)) return { kind: 'protected', host };
  if (!canAddHost(host)) return { kind: 'platform', host };
  const added = await readUserSiteHosts().catch((): string[] => []);
  return added.includes(host) ? { kind: 'protected', host } : { kind: 'offer', host };
}

/** What the exit's cookie clearing would reach, said before the person agrees. */
function cookieScope(host: string): string {
  const platform = sharedPlatformOf(host);
  if (platform) return i18n.t('addSite.cookiesKept', [platform]);
  const domain = cookieDomainOf(host);
  return domain === host.replace(/^www\./, '')
    ? i18n.t('addSite.cookiesSite')
    : i18n.t('addSite.cookiesDomain', [domain]);
}

/**
 * "Add this site to Quick Exit": for a support site the directory does not
 * list. The browser asks the person for access to that one site; nothing is
 * added unless they agree.
 */
export function AddThisSite() {
  const [site, setSite] = useState<SiteState>({ kind: 'none' });
  useEffect(() => {
    readActiveSite().then(setSite, () => setSite({ kind: 'none' }));
  }, []);

  function add(host: string) {
    // Asked first, inside the click: the browser only shows its dialog for a person's action.
    browser.permissions.request({ origins: [originPattern(host)] }).then(
      async (granted) => {
        const { added } = granted ? await sendMessage('addSite', { host }) : { added: false };
        setSite({ kind: added ? 'added' : 'refused', host });
      },
      () => setSite({ kind: 'refused', host }),
    );
  }

  if (site.kind === 'none') return null;
  return (
    <section class="add-site" aria-labelledby="add-site-heading">
      <h2 id="add-site-heading">{i18n.t('addSite.heading')}</h2>
      {site.kind === 'offer' && (
        <>
          <p>{i18n.t('addSite.offer', [site.host])}</p>
          <p class="cookie-scope">{cookieScope(site.host)}</p>
          <button type="button" class="secondary" onClick={() => add(site.host)}>
            {i18n.t('addSite.button')}
          </button>
        </>
      )}
      {site.kind === 'platform' && <p>{i18n.t('addSite.platform', [site.host])}</p>}
      <p role="status">
        {site.kind === 'protected' && i18n.t('addSite.protected', [site.host])}
        {site.kind === 'added' && i18n.t('addSite.added', [site.host])}
        {site.kind === 'refused' && i18n.t('addSite.refused', [site.host])}
      </p>
    </section>
  );
}
