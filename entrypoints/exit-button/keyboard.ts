import { createShiftCounter, type ShiftCounterEvents } from '@/utils/page-script/shift-presses';

/**
 * Listens for Shift x3 on the window in the capture phase, registered at
 * document_start so that page scripts, which run later, cannot stop it. A plain
 * listener, tied to nothing a page can end.
 */
export function listenForShiftPresses(events: ShiftCounterEvents & { isOn(): boolean }): void {
  const counter = createShiftCounter(events);
  window.addEventListener(
    'keyup',
    (event) => {
      // Synthetic key events from page scripts are not a person pressing Shift.
      if (!event.isTrusted || !events.isOn()) return;
      // The page's own Shift x3 (GOV.UK's component) must not also redirect: the full exit replaces it.
      if (counter.keyup(event)) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
