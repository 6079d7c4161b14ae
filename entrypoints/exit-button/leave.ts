/**
 * Starts the exit from the page: cover first, then ask the background. If the
 * background does not answer in time (a slow or dead service worker), the page
 * leaves by itself; the background cleans when it is back.
 */
import { sendMessage, type ExitTrigger } from '@/utils/messages';
import { coverPage, isCovered } from './cover';

/** Without an answer by then, leave by navigating. A cold service worker usually answers well within this. */
const NO_ANSWER_MS = 500;
/** After an answer the background closes this tab; if it still has not, leave anyway. */
const ANSWERED_MS = 2000;

export function createLeave(destination: () => string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const leaveByNavigation = () => {
    try {
      (window.top ?? window).location.replace(destination());
    } catch {
      window.location.replace(destination());
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
