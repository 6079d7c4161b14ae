import { useEffect, useState } from 'preact/hooks';
import { cleanSettingsItem, DEFAULT_CLEAN_SETTINGS, readCleanSettings, type CleanSettings } from '@/utils/settings';

const CHOICES: { key: keyof CleanSettings; label: string }[] = [
  { key: 'history', label: 'History, "Recently closed" and the back button' },
  { key: 'searches', label: 'Searches that led to a support site, or name one' },
  { key: 'siteData', label: 'Cookies and site data of support sites (this signs you out of them)' },
  { key: 'downloads', label: 'Support sites in the downloads list (the files themselves stay)' },
];

/** What the exit cleans: each choice is saved as soon as it changes. */
export function CleaningSettings() {
  const [settings, setSettings] = useState<CleanSettings>(DEFAULT_CLEAN_SETTINGS);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    readCleanSettings().then(setSettings, () => undefined);
  }, []);

  async function change(key: keyof CleanSettings, on: boolean) {
    const next = { ...settings, [key]: on };
    setSettings(next);
    await cleanSettingsItem.setValue(next);
    setSaved('Saved.');
  }

  return (
    <section aria-labelledby="cleaning-heading">
      <h2 id="cleaning-heading">What the exit removes</h2>
      <fieldset>
        <legend class="visually-hidden">What the exit removes</legend>
        {CHOICES.map(({ key, label }) => (
          <div class="checkbox">
            <input
              id={`clean-${key}`}
              type="checkbox"
              checked={settings[key]}
              onChange={(event) => void change(key, event.currentTarget.checked)}
            />
            <label for={`clean-${key}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <p role="status">{saved}</p>
    </section>
  );
}
