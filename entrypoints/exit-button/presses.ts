/**
 * A person's press on Quick Exit's own button. Caught on the window in the
 * capture phase, registered at document_start: the first listener of any page
 * event, so a page that stops clicks, pointer or mouse events (even with its own
 * window capture listeners) cannot keep the button from working.
 *
 * A mouse starts the exit as its button goes down, a few tens of milliseconds
 * before the click; touch and pen wait for the click, since a press on a touch
 * screen may be the start of a scroll. Keyboard activation (Enter, Space) arrives
 * as a click.
 */
export function listenForButtonPresses(host: HTMLElement, onPress: () => void): void {
  const aimedAtButton = (event: Event) => event.isTrusted && event.composedPath().includes(host);
  window.addEventListener(
    'pointerdown',
    (event) => {
      if (!aimedAtButton(event)) return;
      event.stopImmediatePropagation();
      if (event.pointerType === 'mouse' && event.button === 0) onPress();
    },
    { capture: true },
  );
  window.addEventListener(
    'click',
    (event) => {
      if (!aimedAtButton(event)) return;
      event.stopImmediatePropagation();
      onPress();
    },
    { capture: true },
  );
}
