import type { ContentScriptContext } from '#imports';
import { createShiftCounter, type ShiftCounterEvents } from '@/utils/shift-presses';

/**
 * Listens for Shift x3 on the window in the capture phase, registered at
 * document_start so that page scripts, which run later, cannot stop it.
 */
export function listenForShiftPresses(
  ctx: ContentScriptContext,
  events: ShiftCounterEvents & { isOn(): boolean },
): void {
  const counter = createShiftCounter(events);
  ctx.addEventListener(
    window,
    'keyup',
    (event) => {
      // Synthetic key events from page scripts are not a person pressing Shift.
      if (!event.isTrusted || !events.isOn()) return;
      // The page's own Shift x3 (GOV.UK's component) must not also redirect: the full exit replaces it.
      if (counter.keyup(event)) event.stopImmediatePropagation();
    },
    { capture: true },
  );
  ctx.onInvalidated(counter.dispose);
}
