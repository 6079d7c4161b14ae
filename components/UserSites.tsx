import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messages';
import { readUserSiteHosts } from '@/utils/user-sites/store';

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
      setStatus(`Removed ${host}. Quick Exit no longer has access to it.`);
    } catch {
      setStatus(`Could not remove ${host}: try again.`);
    }
  }

  return (
    <section aria-labelledby="user-sites-heading">
      <h2 id="user-sites-heading">Sites you added</h2>
      <p>
        Add a site from the Quick Exit button in the toolbar while you are on it. Quick Exit stores the sites you add as
        scrambled codes, not as names. The browser itself still lists them by name on this extension’s details page,
        under “Site access”, for anyone who opens it.
      </p>
      {hosts === undefined ? (
        <button type="button" class="secondary" onClick={() => void show()}>
          Show the sites I added
        </button>
      ) : hosts.length === 0 ? (
        <p>You have not added any sites.</p>
      ) : (
        <ul class="user-sites">
          {hosts.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button type="button" class="secondary" onClick={() => void remove(host)} aria-label={`Remove ${host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
