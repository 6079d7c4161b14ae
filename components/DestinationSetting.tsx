import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { checkDestination, NEW_TAB_PAGE, SUGGESTED_DESTINATIONS, usableDestination } from '@/utils/shared/destination';
import { browser } from 'wxt/browser';
import { readProtectedSites } from '@/utils/shared/user-sites/protected-now';
import { destinationItem } from '@/utils/shared/settings';

/**
 * The same answer the exit uses: the built-in sites, the ones the person added,
 * and the extension's own pages are never a destination.
 */
const protectedNow = () => readProtectedSites(browser.runtime.getURL('/'));

/** Where the exit goes: typed, checked, and saved only when usable. */
export function DestinationSetting() {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  useEffect(() => {
    Promise.all([destinationItem.getValue(), protectedNow()]).then(
      ([stored, sites]) => setValue(usableDestination(stored, sites.isProtected) ?? ''),
      () => undefined,
    );
  }, []);

  async function chooseNewTabPage() {
    setError('');
    setValue('');
    await destinationItem.setValue(NEW_TAB_PAGE);
    setSaved(i18n.t('destination.savedNewTab'));
  }

  async function save(candidate: string) {
    setSaved('');
    const checked = checkDestination(candidate, (await protectedNow()).isProtected);
    if (!checked.ok) {
      setError(i18n.t(`destination.refused.${checked.reason}`));
      return;
    }
    setError('');
    setValue(checked.url);
    await destinationItem.setValue({ url: checked.url });
    setSaved(i18n.t('destination.saved', [checked.url]));
  }

  return (
    <section aria-labelledby="destination-heading">
      <h2 id="destination-heading">{i18n.t('destination.heading')}</h2>
      <form
        // Our own messages, in plain words, instead of the browser's validation bubble.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(value);
        }}
      >
        <label for="destination">{i18n.t('destination.fieldLabel')}</label>
        <input
          id="destination"
          type="url"
          autocomplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'destination-error' : undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        {error && (
          <p id="destination-error" class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="secondary">
          {i18n.t('destination.save')}
        </button>
      </form>
      <p>{i18n.t('destination.orChoose')}</p>
      <ul class="suggestions">
        {SUGGESTED_DESTINATIONS.map((suggestion) => (
          <li>
            <button type="button" class="secondary" onClick={() => void save(suggestion.url)}>
              {i18n.t(`destination.suggestion.${suggestion.id}`)}
            </button>
          </li>
        ))}
        <li>
          <button type="button" class="secondary" onClick={() => void chooseNewTabPage()}>
            {i18n.t('destination.suggestion.newTab')}
          </button>
        </li>
      </ul>
      <p role="status">{saved}</p>
    </section>
  );
}
