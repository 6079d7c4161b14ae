import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EXIT_COMMAND } from '@/utils/pages/exit-command';

/**
 * The browser shortcut as the person has it now: they may have changed or removed
 * it, so no page states the default. undefined while reading; '' when none is set
 * (or the browser has no shortcuts, as Firefox for Android).
 */
export function useExitShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string | undefined>();
  useEffect(() => {
    const commands = browser.commands as typeof browser.commands | undefined;
    if (!commands?.getAll) {
      setShortcut('');
      return;
    }
    commands.getAll().then(
      (all) => setShortcut(all.find((c) => c.name === EXIT_COMMAND)?.shortcut || ''),
      () => setShortcut(''),
    );
  }, []);
  return shortcut;
}
