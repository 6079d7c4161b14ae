/**
 * Starts the exit from the page: cover first, then ask the background, which
 * opens the destination in a new tab and closes this one (its back list goes
 * with it). Only if the background does not answer in time (a slow or dead
 * service worker) does the page leave by itself; the background cleans when it
 * is back.
 *
 * Why the page does not also navigate at once, as GOV.UK's component does:
 * Chromium records the support page as the start of that navigation (a client
 * redirect) when the destination arrives, and that write can land after the
 * clean has deleted the page, bringing it back into the address bar's
 * suggestions (seen in tests/e2e/deep-clean.spec.ts). The background, kept ready
 * while a support page is open, opens the destination tab sooner anyway.
 */
import { sendMessage, type ExitTrigger } from '@/utils/shared/messages';
import { coverPage, isCovered } from './cover';

/** Without an answer by then, leave by navigating. A background kept ready answers well within this. */
const NO_ANSWER_MS = 500;
/** After an answer the background closes this tab; if it still has not, leave anyway. */
const ANSWERED_MS = 2000;

/**
 * `destination()` is a web address, or undefined when the person chose the
 * browser's new tab page, which a page cannot open: then the page's own way out
 * goes to `fallback`.
 */
export function createLeave(destination: () => string | undefined, fallback: string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const leaveByNavigation = () => {
    const url = destination() ?? fallback;
    try {
      (window.top ?? window).location.replace(url);
    } catch {
      window.location.replace(url);
    }
  };
  const leaveAfter = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(leaveByNavigation, ms);
  };

  return function leave(trigger: ExitTrigger): void {
    const first = !isCovered();
    coverPage();
    if (!first) return;
    leaveAfter(NO_ANSWER_MS);
    sendMessage('exit', { trigger }).then(
      () => leaveAfter(ANSWERED_MS),
      () => leaveByNavigation(),
    );
  };
}
