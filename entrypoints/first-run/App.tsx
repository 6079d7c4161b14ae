import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
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
        <h1>Quick Exit: how to leave in an instant</h1>
        <p>On support websites, Quick Exit gives you three ways to leave. Each one opens a neutral page at once.</p>
        <ol class="steps">
          <li>
            <h2>Press the red “Exit this page” button</h2>
            <p>It is at the top of every support site Quick Exit knows. Keyboard users reach it first with Tab.</p>
          </li>
          <li>
            <h2>Or press Shift three times</h2>
            <p>Anywhere on a support site, within five seconds. It works while you are typing, too.</p>
          </li>
          <li>
            <h2>Or use the shortcut, on any page</h2>
            <p>
              {shortcut === undefined
                ? ''
                : shortcut
                  ? `Press ${shortcut}.`
                  : 'No shortcut is set: you can choose one in the browser’s extension shortcuts page.'}{' '}
              The Quick Exit button in the toolbar has an exit button too.
            </p>
          </li>
        </ol>
        <p>
          After you leave, Quick Exit closes the support sites’ tabs and removes them from this browser’s history. It
          cannot hide anything from spyware or from synced devices, and anyone who opens the browser’s list of
          extensions can see it.
        </p>
        <p>
          <a href="/guide.html" onClick={openPage('/guide.html')}>
            What Quick Exit can and cannot hide
          </a>
        </p>
        <p>
          <a href="/options.html" onClick={openPage('/options.html')}>
            Settings: where the exit goes, what it removes
          </a>
        </p>
      </main>
    </>
  );
}
