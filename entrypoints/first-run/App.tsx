import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ExitNowButton } from '@/components/ExitNowButton';

/** The browser's shortcut as the person has it now (they may have changed it). */
function useExitShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string | undefined>();
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) => setShortcut(commands.find((c) => c.name === 'quick-exit')?.shortcut || ''),
      () => setShortcut(''),
    );
  }, []);
  return shortcut;
}

function openPage(path: '/guide.html' | '/options.html') {
  return (event: MouseEvent) => {
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
  };
}

/** Opened once, after install: the three ways to leave, in three short steps. */
export function App() {
  const shortcut = useExitShortcut();
  return (
    <>
      <ExitNowButton />
      <main>
        <h1>{i18n.t('firstRun.title')}</h1>
        <p>{i18n.t('firstRun.intro')}</p>
        <ol class="steps">
          <li>
            <h2>{i18n.t('firstRun.buttonHeading')}</h2>
            <p>{i18n.t('firstRun.buttonText')}</p>
          </li>
          <li>
            <h2>{i18n.t('firstRun.shiftHeading')}</h2>
            <p>{i18n.t('firstRun.shiftText')}</p>
          </li>
          <li>
            <h2>{i18n.t('firstRun.shortcutHeading')}</h2>
            <p>
              {shortcut === undefined
                ? ''
                : shortcut
                  ? i18n.t('firstRun.shortcutKey', [shortcut])
                  : i18n.t('firstRun.noShortcut')}{' '}
              {i18n.t('firstRun.toolbar')}
            </p>
          </li>
        </ol>
        <p>{i18n.t('firstRun.after')}</p>
        <p>{i18n.t('firstRun.autoClean')}</p>
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
      </main>
    </>
  );
}
