/**
 * On protected sites only: the exit button, Shift x3, the site's own exit
 * controls, and the cover. No cleaning happens here: the content script covers
 * and asks; the background decides and cleans.
 *
 * An unlisted script rather than a WXT content script: WXT's content-script
 * context announces itself to the page with window.postMessage and a document
 * event (naming the extension), and a page that replays that message ends the
 * context and every listener tied to it. Here nothing is announced, and every
 * listener is a plain one registered at document_start, before any page script.
 * wxt.config.ts lists this file in the manifest for the built-in sites; the
 * sites a person adds get it through scripting.registerContentScripts.
 */
import { defineUnlistedScript } from '#imports';
import { i18n } from '#i18n';
import { DEFAULT_DESTINATION, DESTINATION_KEY, usableDestination } from '@/utils/shared/destination';
import { flagsOrDefaults } from '@/utils/shared/flags';
import { onMessage, sendMessage } from '@/utils/shared/messages';
import { DEFAULT_TRIGGERS, TRIGGERS_KEY } from '@/utils/shared/triggers';
import { browser } from 'wxt/browser';
import { createExitButton } from './button';
import { coverPage } from './cover';
import { listenForShiftPresses } from './keyboard';
import { keepTypedEntriesUnsaved } from './form-memory';
import { createLeave } from './leave';
import { listenForButtonPresses } from './presses';
import { hasDeclaredExitControl } from '@/utils/page-script/site-controls';
import { takeOverSiteExitClicks } from './site-exit-clicks';
import { takeOverSiteExitKeys } from './site-exit-keys';
import { guardAgainstUnloadPrompts } from './unload-guard';

export default defineUnlistedScript(() => {
  // A web address, or undefined for the browser's new tab page.
  let destination: string | undefined = DEFAULT_DESTINATION;
  let triggers = DEFAULT_TRIGGERS;
  // Read directly rather than through utils/shared/settings: WXT's storage layer would double this script's size.
  const settingsRead = browser.storage.local.get([DESTINATION_KEY, TRIGGERS_KEY]).then(
    (stored) => {
      destination = usableDestination(stored[DESTINATION_KEY], (url) => new URL(url).host === location.host);
      triggers = flagsOrDefaults(stored[TRIGGERS_KEY], DEFAULT_TRIGGERS);
    },
    () => undefined,
  );
  // A page cannot open the browser's new tab page itself: its own way out then goes to the default page.
  const leave = createLeave(() => destination, DEFAULT_DESTINATION);
  const isTopFrame = window === window.top;
  const button = isTopFrame ? createExitButton() : undefined;
  // Wakes the background if it was stopped, so it is ready when the person leaves.
  if (isTopFrame) sendMessage('hello', undefined).catch(() => undefined);

  if (button) listenForButtonPresses(button.host, () => leave('button'));
  listenForShiftPresses({
    onProgress(count, remaining) {
      button?.showProgress(count);
      if (remaining > 0 && count > 0) button?.announce(i18n.t('exit.shiftMore', remaining));
    },
    onExpired: () => button?.announce(i18n.t('exit.expired')),
    onComplete: () => leave('shift-keys'),
    isOn: () => triggers.shiftKeys,
  });
  takeOverSiteExitClicks(() => leave('site-button'));
  takeOverSiteExitKeys(() => leave('site-key'));
  guardAgainstUnloadPrompts();
  keepTypedEntriesUnsaved();
  onMessage('cover', coverPage);

  if (button) {
    const mountUnlessSiteHasOne = async () => {
      await settingsRead;
      if (triggers.button && !hasDeclaredExitControl()) button.mount();
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => void mountUnlessSiteHasOne(), { once: true });
    } else {
      void mountUnlessSiteHasOne();
    }
  }
});
