import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { AndroidLimits } from '@/components/AndroidLimits';
import { CleanNow } from '@/components/CleanNow';
import { ExitNowButton } from '@/components/ExitNowButton';
import { GuidanceList } from '@/components/GuidanceList';
import { ShortcutSentence } from '@/components/ShortcutSentence';
import { useAndroid } from '@/components/use-android';

/** What a person should know before relying on Quick Exit, from the guide (data/guidance.ts). */
const BEFORE_RELYING = ['shift-in-frames', 'sync-installs', 'sync-history', 'search-accounts', 'spyware'];

function openPage(path: '/guide.html' | '/options.html') {
  return (event: MouseEvent) => {
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
  };
}

/** Opened once, after install: the three ways to leave, in three short steps, then what to know and a clean. */
export function App() {
  // Firefox for Android has no keyboard shortcuts, and phones seldom have a Shift key to press.
  const android = useAndroid();
  return (
    <>
      <ExitNowButton />
      <main>
        <h1>{i18n.t('firstRun.title')}</h1>
        <p>{i18n.t(android ? 'firstRun.introAndroid' : 'firstRun.intro')}</p>
        <ol class="steps">
          <li>
            <h2>{i18n.t('firstRun.buttonHeading')}</h2>
            <p>{i18n.t('firstRun.buttonText')}</p>
          </li>
          {!android && (
            <li>
              <h2>{i18n.t('firstRun.shiftHeading')}</h2>
              <p>{i18n.t('firstRun.shiftText')}</p>
            </li>
          )}
          {!android && (
            <li>
              <h2>{i18n.t('firstRun.shortcutHeading')}</h2>
              <p>
                <ShortcutSentence /> {i18n.t('shortcut.toolbar')}
              </p>
            </li>
          )}
        </ol>
        <AndroidLimits />
        <p>{i18n.t('firstRun.after')}</p>
        <GuidanceList ids={['removes-what', 'files-stay', 'what-stays']} />
        <p>{i18n.t('firstRun.autoClean')}</p>
        <h2>{i18n.t('firstRun.beforeHeading')}</h2>
        <GuidanceList ids={BEFORE_RELYING} />
        <p>
          <a href="/guide.html" onClick={openPage('/guide.html')}>
            {i18n.t('links.guide')}
          </a>
        </p>
        <p>
          <a href="/options.html" onClick={openPage('/options.html')}>
            {i18n.t('links.settings')}
          </a>
        </p>
        <h2>{i18n.t('firstRun.cleanHeading')}</h2>
        <p>{i18n.t('firstRun.cleanExplain')}</p>
        <CleanNow />
      </main>
    </>
  );
}
