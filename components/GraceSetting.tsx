import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { autoCleanGraceItem, GRACE_CHOICES, readAutoCleanGrace } from '@/utils/shared/settings';

/** How long the automatic clean waits after the last support tab closes (none by default). */
export function GraceSetting() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    readAutoCleanGrace().then(setSeconds, () => undefined);
  }, []);

  async function change(value: number) {
    setSeconds(value);
    await autoCleanGraceItem.setValue(value);
  }

  return (
    <p>
      <label for="auto-clean-grace">{i18n.t('options.autoClean.graceLabel')}</label>{' '}
      <select
        id="auto-clean-grace"
        value={seconds}
        onChange={(event) => void change(Number(event.currentTarget.value))}
      >
        {GRACE_CHOICES.map((choice) => (
          <option value={choice}>
            {choice === 0
              ? i18n.t('options.autoClean.grace.none')
              : i18n.t('options.autoClean.grace.seconds', [String(choice)])}
          </option>
        ))}
      </select>
      <br />
      {i18n.t('options.autoClean.graceExplain')}
    </p>
  );
}
