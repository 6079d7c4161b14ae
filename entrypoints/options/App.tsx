import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { DestinationSetting } from '@/components/DestinationSetting';
import { AndroidLimits } from '@/components/AndroidLimits';
import { ExitNowButton } from '@/components/ExitNowButton';
import { useAndroid } from '@/components/use-android';
import { ShortcutSentence } from '@/components/ShortcutSentence';
import { FlagSettings } from '@/components/FlagSettings';
import { GraceSetting } from '@/components/GraceSetting';
import { UserSites } from '@/components/UserSites';
import {
  autoCleanItem,
  cleanSettingsItem,
  DEFAULT_AUTO_CLEAN,
  readAutoClean,
  discreetModeItem,
  readDiscreetMode,
  DEFAULT_CLEAN_SETTINGS,
  readCleanSettings,
  readTriggers,
  triggersItem,
  type CleanSettings,
} from '@/utils/shared/settings';
import { DEFAULT_TRIGGERS, type Triggers } from '@/utils/shared/triggers';

const TRIGGER_KEYS: (keyof Triggers)[] = ['button', 'shiftKeys', 'shortcut'];
const CLEAN_KEYS: (keyof CleanSettings)[] = ['history', 'searches', 'siteData', 'downloads'];
/** Firefox for Android has no keyboard shortcuts, no history, searches or downloads for extensions, no toolbar icon to change. */
const ANDROID_TRIGGER_KEYS: (keyof Triggers)[] = ['button'];
const ANDROID_CLEAN_KEYS: (keyof CleanSettings)[] = ['siteData'];

/** The browser's own page for changing extension shortcuts: Firefox opens it through its API (137+), Chromium by address. */
function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function App() {
  const android = useAndroid();
  return (
    <>
      <ExitNowButton />
      <main>
        <h1>{i18n.t('options.title')}</h1>
        <AndroidLimits />
        <DestinationSetting />
        <FlagSettings
          id="triggers"
          heading={i18n.t('options.triggers.heading')}
          choices={(android ? ANDROID_TRIGGER_KEYS : TRIGGER_KEYS).map((key) => ({
            key,
            label: i18n.t(`options.triggers.${key}`),
          }))}
          defaults={DEFAULT_TRIGGERS}
          read={readTriggers}
          save={(value) => triggersItem.setValue(value)}
        >
          {!android && (
            <p>
              <ShortcutSentence /> {i18n.t('options.triggers.popupAlways')}{' '}
              <button type="button" class="secondary" onClick={openShortcutSettings}>
                {i18n.t('options.triggers.changeShortcut')}
              </button>
            </p>
          )}
        </FlagSettings>
        <FlagSettings
          id="clean"
          heading={i18n.t('options.clean.heading')}
          choices={(android ? ANDROID_CLEAN_KEYS : CLEAN_KEYS).map((key) => ({
            key,
            label: i18n.t(`options.clean.${key}`),
          }))}
          defaults={DEFAULT_CLEAN_SETTINGS}
          read={readCleanSettings}
          save={(value) => cleanSettingsItem.setValue(value)}
        />
        <FlagSettings
          id="auto-clean"
          heading={i18n.t('options.autoClean.heading')}
          choices={[{ key: 'afterLastTab', label: i18n.t('options.autoClean.afterLastTab') }]}
          defaults={DEFAULT_AUTO_CLEAN}
          read={readAutoClean}
          save={(value) => autoCleanItem.setValue(value)}
        >
          <p>{i18n.t('options.autoClean.why')}</p>
          <GraceSetting />
        </FlagSettings>
        {!android && (
          <FlagSettings
            id="discreet"
            heading={i18n.t('options.discreet.heading')}
            choices={[{ key: 'discreet', label: i18n.t('options.discreet.discreet') }]}
            defaults={{ discreet: false }}
            read={async () => ({ discreet: await readDiscreetMode() })}
            save={(value) => discreetModeItem.setValue(value.discreet)}
          >
            <p>{i18n.t('options.discreet.limits')}</p>
          </FlagSettings>
        )}
        <UserSites />
      </main>
    </>
  );
}
