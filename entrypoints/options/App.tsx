import { browser } from 'wxt/browser';
import { DestinationSetting } from '@/components/DestinationSetting';
import { FlagSettings } from '@/components/FlagSettings';
import { UserSites } from '@/components/UserSites';
import {
  cleanSettingsItem,
  discreetModeItem,
  readDiscreetMode,
  DEFAULT_CLEAN_SETTINGS,
  readCleanSettings,
  readTriggers,
  triggersItem,
  type CleanSettings,
} from '@/utils/settings';
import { DEFAULT_TRIGGERS, type Triggers } from '@/utils/triggers';

const TRIGGER_CHOICES: { key: keyof Triggers; label: string }[] = [
  { key: 'button', label: 'The "Exit this page" button on support sites' },
  { key: 'shiftKeys', label: 'Pressing Shift three times on support sites' },
  { key: 'shortcut', label: 'The browser shortcut (Alt+Shift+Q unless you changed it)' },
];

const CLEAN_CHOICES: { key: keyof CleanSettings; label: string }[] = [
  { key: 'history', label: 'History, "Recently closed" and the back button' },
  { key: 'searches', label: 'Searches that led to a support site, or name one' },
  { key: 'siteData', label: 'Cookies and site data of support sites (this signs you out of them)' },
  { key: 'downloads', label: 'Support sites in the downloads list (the files themselves stay)' },
];

const DISCREET_CHOICE: { key: 'discreet'; label: string }[] = [
  { key: 'discreet', label: 'Discreet mode: a plain grey toolbar icon named “Tools”, and no badge' },
];

/** The browser's own page for changing extension shortcuts (Chromium). */
function openShortcutSettings(): void {
  void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function App() {
  return (
    <main>
      <h1>Quick Exit settings</h1>
      <DestinationSetting />
      <FlagSettings
        id="triggers"
        heading="Ways to leave"
        choices={TRIGGER_CHOICES}
        defaults={DEFAULT_TRIGGERS}
        read={readTriggers}
        save={(value) => triggersItem.setValue(value)}
      >
        <p>
          The popup's exit button always works.{' '}
          <button type="button" class="secondary" onClick={openShortcutSettings}>
            Change the browser shortcut
          </button>
        </p>
      </FlagSettings>
      <FlagSettings
        id="clean"
        heading="What the exit removes"
        choices={CLEAN_CHOICES}
        defaults={DEFAULT_CLEAN_SETTINGS}
        read={readCleanSettings}
        save={(value) => cleanSettingsItem.setValue(value)}
      />
      <FlagSettings
        id="discreet"
        heading="How the toolbar button looks"
        choices={DISCREET_CHOICE}
        defaults={{ discreet: false }}
        read={async () => ({ discreet: await readDiscreetMode() })}
        save={(value) => discreetModeItem.setValue(value.discreet)}
      >
        <p>
          The browser’s list of extensions still shows Quick Exit by name, and so does the extension’s menu: discreet
          mode only changes what the toolbar shows at a glance.
        </p>
      </FlagSettings>
      <UserSites />
    </main>
  );
}
