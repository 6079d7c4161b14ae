import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { sendMessage } from '@/utils/shared/messages';
import { summariseClean } from '@/utils/pages/clean-summary';
import { cleanPendingItem } from '@/utils/shared/settings';

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
    // aria-disabled rather than disabled while busy: a disabled button drops keyboard focus to the page body.
    if (busy) return;
    setBusy(true);
    setStatus('');
    const slow = setTimeout(() => setStatus(i18n.t('cleanNow.slow')), SLOW_MS);
    try {
      const report = await sendMessage('cleanNow', undefined);
      setOwed(report.failed.length > 0);
      setStatus(summariseClean(report));
    } catch {
      setStatus(i18n.t('cleanNow.failed'));
    } finally {
      clearTimeout(slow);
      setBusy(false);
    }
  }

  return (
    <section class="clean-now" aria-labelledby="clean-now-heading">
      <h2 id="clean-now-heading">{i18n.t('cleanNow.heading')}</h2>
      {owed && !busy && (
        <p class="warning" role="alert">
          {i18n.t('cleanNow.owed')}
        </p>
      )}
      <p>{i18n.t('cleanNow.explain')}</p>
      <button type="button" class="secondary" onClick={() => void cleanUp()} aria-disabled={busy} aria-busy={busy}>
        {i18n.t('cleanNow.button')}
      </button>
      <p role="status" class="clean-status">
        {status}
      </p>
    </section>
  );
}
