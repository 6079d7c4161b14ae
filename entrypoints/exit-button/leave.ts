/**
 * Starts the exit from the page: cover first, ask the background, and leave the
 * page at once by itself too, as GOV.UK's component does. The background opens
 * the destination in a new tab and closes this one (which takes its back list
 * with it); in the meantime this tab is already on its way to the destination,
 * with the support page replaced rather than left one Back away. If the
 * background does not answer (a slow or dead service worker), the navigation
 * still happens; the background cleans when it is back.
 */
import { sendMessage, type ExitTrigger } from '@/utils/messages';
import { coverPage, isCovered } from './cover';

/** Without an answer by then, leave by navigating (when the page could not leave at once). */
const NO_ANSWER_MS = 500;
/** After an answer the background closes this tab; if it still has not, leave anyway. */
const ANSWERED_MS = 2000;

/**
 * `destination()` is a web address, or undefined when the person chose the
 * browser's new tab page, which a page cannot open: then only the background
 * leaves, and the page navigates to `fallback` if it does not answer.
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
    if (destination() !== undefined) leaveByNavigation();
  };
}
