import { siteExitControl } from './site-controls';

/**
 * Takes over a person's click on the site's own exit control. Registered on the
 * window in the capture phase at document_start, so it runs before any handler
 * of the page, and stops them: the full exit replaces the site's redirect.
 * A click dispatched by a script (not trusted) is left alone.
 */
export function takeOverSiteExitClicks(onExit: () => void): void {
  window.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || !siteExitControl(event.target)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      onExit();
    },
    { capture: true },
  );
}
