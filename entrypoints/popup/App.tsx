import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { services } from '@/data/services';
import { AddThisSite } from '@/components/AddThisSite';
import { CleanNow } from '@/components/CleanNow';
import { ContactTraceNote } from '@/components/ContactTraceNote';
import { DirectorySearch } from '@/components/DirectorySearch';
import { EmergencyNotice } from '@/components/EmergencyNotice';
import { AndroidLimits } from '@/components/AndroidLimits';
import { ExitNowButton } from '@/components/ExitNowButton';
import { ServiceCard } from '@/components/ServiceCard';
import { closePopup } from '@/components/close-popup';
import { isOfferedFirst, useActiveSite } from '@/components/use-active-site';
import { browser } from 'wxt/browser';
import { countryOfThisBrowser } from '@/utils/pages/directory/country';
import { findServices, type DirectoryQuery } from '@/utils/pages/directory/search';

/**
 * The popup: the exit first, then "in danger now", then the helplines. The
 * country comes from the time zone, then the browser's languages, each time the
 * popup opens, shown in the country filter, and never stored: a stored choice
 * would be a trace that someone looked for help.
 */
/** Extension pages open in a tab; the popup then closes. */
function openPage(path: '/check.html' | '/guide.html') {
  return (event: MouseEvent) => {
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL(path) }).then(closePopup);
  };
}
const openCheck = openPage('/check.html');
const openGuide = openPage('/guide.html');

function openSettings(event: MouseEvent): void {
  event.preventDefault();
  void browser.runtime.openOptionsPage().then(closePopup);
}

export function App() {
  const [query, setQuery] = useState<DirectoryQuery>(() => ({
    text: '',
    need: 'any',
    country: countryOfThisBrowser(),
  }));
  const found = useMemo(() => findServices(services, query), [query]);
  // "Open now" as of the moment the popup opened.
  const [now] = useState(() => new Date());
  const [site, setSite] = useActiveSite();
  const suggested = isOfferedFirst(site);
  const addThisSite = <AddThisSite site={site} setSite={setSite} />;

  return (
    <>
      <ExitNowButton />
      <main>
        {suggested && addThisSite}
        <EmergencyNotice country={query.country} />
        {/* The heading and the count share a line: more of the list fits in the popup. */}
        <div class="find-help">
          <h1>{i18n.t('popup.findHelp')}</h1>
          <p role="status" class="count">
            {found.length === 0 ? i18n.t('popup.noMatch') : i18n.t('popup.count', found.length)}
          </p>
        </div>
        <DirectorySearch query={query} onChange={setQuery} />
        <ContactTraceNote />
        <div class="services">
          {found.map((service) => (
            <ServiceCard key={service.id} service={service} now={now} />
          ))}
        </div>
        <AndroidLimits />
        <CleanNow />
        {!suggested && addThisSite}
        <p>
          <a href="/check.html" onClick={openCheck}>
            {i18n.t('links.check')}
          </a>
        </p>
        <p>
          <a href="/guide.html" onClick={openGuide}>
            {i18n.t('links.guide')}
          </a>
        </p>
        <p>
          <a href="/options.html" onClick={openSettings}>
            {i18n.t('links.settings')}
          </a>
        </p>
        <p class="limits">{i18n.t('popup.limits')}</p>
      </main>
    </>
  );
}
