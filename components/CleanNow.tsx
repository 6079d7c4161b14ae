import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messages';
import { summariseClean } from '@/utils/clean/summary';
import { cleanPendingItem } from '@/utils/settings';

/** Past this, the person is told the clean is under way. */
const SLOW_MS = 300;

/**
 * "Clean up now": the exit's clean without leaving. The summary is shown once and
 * stored nowhere.
 */
export function CleanNow() {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // Set while a clean is owed: the last one failed (history deletion refused, say) or was cut short.
  const [owed, setOwed] = useState(false);
  useEffect(() => {
    cleanPendingItem.getValue().then(setOwed, () => undefined);
  }, []);

  async function cleanUp() {
    setBusy(true);
    setStatus('');
    const slow = setTimeout(() => setStatus('Cleaning up… this can take a few seconds.'), SLOW_MS);
    try {
      const report = await sendMessage('cleanNow', undefined);
      setOwed(report.failed.length > 0);
      setStatus(summariseClean(report));
    } catch {
      setStatus("The clean did not complete: try again, or clear history in the browser's settings.");
    } finally {
      clearTimeout(slow);
      setBusy(false);
    }
  }

  return (
    <section class="clean-now" aria-labelledby="clean-now-heading">
      <h2 id="clean-now-heading">Stay, but remove traces</h2>
      {owed && !busy && (
        <p class="warning" role="alert">
          The last clean up did not complete, so traces of support sites may still be in this browser. Try “Clean up
          now”; if it fails again, clear history in the browser’s settings.
        </p>
      )}
      <p>Closes support-site tabs and removes them from history, without leaving this page.</p>
      <button type="button" class="secondary" onClick={() => void cleanUp()} disabled={busy} aria-busy={busy}>
        Clean up now
      </button>
      <p role="status" class="clean-status">
        {status}
      </p>
    </section>
  );
}
