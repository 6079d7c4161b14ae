import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/shared/messages';
import { cookieDomainOf, sharedPlatformOf } from '@/utils/shared/shared-platforms';
import { originPattern } from '@/utils/shared/user-sites/origins';
import { isOfferedFirst, type ActiveSite } from './use-active-site';

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
 * "Add this site to Quick Exit": for a support site the catalogue does not
 * list. The browser asks the person for access to that one site; nothing is
 * added unless they agree. On a page with a quick-exit control of its own it
 * says so, and the popup shows this first.
 */
export function AddThisSite({ site, setSite }: { site: ActiveSite; setSite: (site: ActiveSite) => void }) {
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
  const suggested = isOfferedFirst(site);
  return (
    <section class={suggested ? 'add-site suggested' : 'add-site'} aria-labelledby="add-site-heading">
      <h2 id="add-site-heading">{i18n.t(suggested ? 'addSite.suggestedHeading' : 'addSite.heading')}</h2>
      {site.kind === 'offer' && (
        <>
          {suggested && <p>{i18n.t('addSite.ownExitControl', [site.host])}</p>}
          <p>{i18n.t('addSite.offer', [site.host])}</p>
          <p class="cookie-scope">{cookieScope(site.host)}</p>
          <button type="button" class="secondary" onClick={() => add(site.host)}>
            {i18n.t('addSite.button')}
          </button>
        </>
      )}
      {site.kind === 'not-addable' && (
        <p>{i18n.t(site.reason === 'platform' ? 'addSite.platform' : 'addSite.generalPurpose', [site.host])}</p>
      )}
      <p role="status">
        {site.kind === 'protected' && i18n.t('addSite.protected', [site.host])}
        {site.kind === 'added' && i18n.t('addSite.added', [site.host])}
        {site.kind === 'refused' && i18n.t('addSite.refused', [site.host])}
      </p>
    </section>
  );
}
