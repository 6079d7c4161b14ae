import { siteExitControl } from './site-controls';

/**
 * Takes over a person's click on the site's own exit control. Registered on the
 * window in the capture phase at document_start, so it runs before any handler
 * of the page, and stops them: the full exit replaces the site's redirect.
 * A plain listener, not the content-script context's: a page can invalidate that
 * context, and this one must keep working. A click dispatched by a script (not
 * trusted) is left alone.
 */
export function takeOverSiteExitClicks(onExit: () => void): void {
  window.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || !siteExitControl(event.composedPath())) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      onExit();
    },
    { capture: true },
  );
}
