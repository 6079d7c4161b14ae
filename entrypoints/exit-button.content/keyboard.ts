import type { ContentScriptContext } from '#imports';
import { createShiftCounter, type ShiftCounterEvents } from '@/utils/shift-presses';

/**
 * Listens for Shift x3 on the window in the capture phase, registered at
 * document_start so that page scripts, which run later, cannot stop it.
 */
export function listenForShiftPresses(ctx: ContentScriptContext, events: ShiftCounterEvents): void {
  const counter = createShiftCounter(events);
  // Synthetic key events from page scripts are not a person pressing Shift.
  ctx.addEventListener(window, 'keyup', (event) => event.isTrusted && counter.keyup(event), { capture: true });
  ctx.onInvalidated(counter.dispose);
}
