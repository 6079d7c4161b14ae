import { siteExitControl } from '@/utils/page-script/site-controls';

/** Some sites leave on the press or release rather than on the click: those must not reach the page either. */
const PRESS_AND_RELEASE = ['pointerdown', 'mousedown', 'touchstart', 'pointerup', 'mouseup', 'touchend'];

/**
 * Takes over a person's click on the site's own exit control. Registered on the
 * window in the capture phase at document_start, so it runs before any handler
 * of the page, and stops them: the full exit replaces the site's redirect.
 * Plain listeners, not the content-script context's: a page can invalidate that
 * context, and these must keep working. Events dispatched by a script (not
 * trusted) are left alone.
 */
export function takeOverSiteExitClicks(onExit: () => void): void {
  const onSiteExitControl = (event: Event) => event.isTrusted && siteExitControl(event.composedPath()) !== null;
  window.addEventListener(
    'click',
    (event) => {
      if (!onSiteExitControl(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      onExit();
    },
    { capture: true },
  );
  for (const type of PRESS_AND_RELEASE) {
    window.addEventListener(type, (event) => onSiteExitControl(event) && event.stopImmediatePropagation(), {
      capture: true,
      passive: true,
    });
  }
}
