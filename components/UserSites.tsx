import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { sendMessage } from '@/utils/shared/messages';
import { readUserSiteHosts } from '@/utils/shared/user-sites/store';

/**
 * The sites the person added. Not listed until asked for: someone glancing at
 * the settings should not see them.
 */
export function UserSites() {
  const [hosts, setHosts] = useState<string[] | undefined>();
  const [status, setStatus] = useState('');

  async function show() {
    setHosts(await readUserSiteHosts().catch((): string[] => []));
  }

  async function remove(host: string) {
    try {
      await sendMessage('removeSite', { host });
      setHosts((list) => list?.filter((h) => h !== host));
      setStatus(i18n.t('options.userSites.removed', [host]));
    } catch {
      setStatus(i18n.t('options.userSites.removeFailed', [host]));
    }
  }

  return (
    <section aria-labelledby="user-sites-heading">
      <h2 id="user-sites-heading">{i18n.t('options.userSites.heading')}</h2>
      <p>{i18n.t('options.userSites.explain')}</p>
      {hosts === undefined ? (
        <button type="button" class="secondary" onClick={() => void show()}>
          {i18n.t('options.userSites.show')}
        </button>
      ) : hosts.length === 0 ? (
        <p>{i18n.t('options.userSites.none')}</p>
      ) : (
        <ul class="user-sites">
          {hosts.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => void remove(host)}
                aria-label={i18n.t('options.userSites.removeLabel', [host])}
              >
                {i18n.t('options.userSites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
