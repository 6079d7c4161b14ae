/**
 * On protected sites only: the exit button, Shift x3, the site's own exit
 * controls, and the cover. No cleaning happens here: the content script covers
 * and asks; the background decides and cleans.
 */
import { defineContentScript } from '#imports';
import { i18n } from '#i18n';
import { DEFAULT_DESTINATION, DESTINATION_KEY, usableDestination } from '@/utils/destination';
import { flagsOrDefaults } from '@/utils/flags';
import { onMessage } from '@/utils/messages';
import { DEFAULT_TRIGGERS, TRIGGERS_KEY } from '@/utils/triggers';
import { browser } from 'wxt/browser';
import { mountExitButton, type ExitButton } from './button';
import { coverPage } from './cover';
import { listenForShiftPresses } from './keyboard';
import { createLeave } from './leave';
import { hasDeclaredExitControl } from './site-controls';
import { takeOverSiteExitClicks } from './site-exit-clicks';
import { takeOverSiteExitKeys } from './site-exit-keys';
import { guardAgainstUnloadPrompts } from './unload-guard';

export default defineContentScript({
  // Listed in the manifest by wxt.config.ts with matches generated from the
  // directory, so the directory itself is not bundled into every page; runAt and
  // allFrames there are the ones that take effect (kept the same here).
  registration: 'runtime',
  matches: [],
  runAt: 'document_start',
  allFrames: true,
  cssInjectionMode: 'manual',
  main(ctx) {
    let destination = DEFAULT_DESTINATION;
    let triggers = DEFAULT_TRIGGERS;
    // Read directly rather than through utils/settings: WXT's storage layer would double this script's size.
    const settingsRead = browser.storage.local.get([DESTINATION_KEY, TRIGGERS_KEY]).then(
      (stored) => {
        // A page cannot open the browser's new tab page itself: its own way out goes to the default page.
        destination =
          usableDestination(stored[DESTINATION_KEY], (url) => new URL(url).host === location.host) ??
          DEFAULT_DESTINATION;
        triggers = flagsOrDefaults(stored[TRIGGERS_KEY], DEFAULT_TRIGGERS);
      },
      () => undefined,
    );
    const leave = createLeave(() => destination);
    let button: ExitButton | undefined;

    listenForShiftPresses(ctx, {
      onProgress(count, remaining) {
        button?.showProgress(count);
        if (remaining > 0 && count > 0) {
          button?.announce(i18n.t('exit.shiftMore', remaining));
        }
      },
      onExpired: () => button?.announce(i18n.t('exit.expired')),
      onComplete: () => leave('shift-keys'),
      isOn: () => triggers.shiftKeys,
    });
    takeOverSiteExitClicks(() => leave('site-button'));
    takeOverSiteExitKeys(() => leave('site-key'));
    guardAgainstUnloadPrompts(ctx);
    onMessage('cover', coverPage);

    if (window === window.top) {
      const mountUnlessSiteHasOne = async () => {
        await settingsRead;
        if (!triggers.button || hasDeclaredExitControl()) return;
        button = mountExitButton(ctx, () => leave('button'));
      };
      if (document.readyState === 'loading') {
        ctx.addEventListener(document, 'DOMContentLoaded', () => void mountUnlessSiteHasOne(), { once: true });
      } else {
        void mountUnlessSiteHasOne();
      }
    }
  },
});
