/**
 * Support sites' own exit controls. On a protected site, a person's click on one
 * runs the full exit (tabs, history, traces) instead of only the site's redirect.
 *
 * Recognised: GOV.UK's "Exit this page" component and its skip link, an explicit
 * `data-quick-exit` attribute a site adds to its own control, and common
 * quick-exit classes and ids and link texts.
 */
const DECLARED = '[data-quick-exit], .govuk-exit-this-page__button, .govuk-js-exit-this-page-skiplink';
const COMMON =
  '.quick-exit, #quick-exit, .js-quick-exit, .quick-exit-button, .exit-site, #exit-site, .exit-page, #exit-page, .escape-button, .safety-exit';
const EXIT_TEXTS = new Set([
  'exit this page',
  'emergency exit this page',
  'quick exit',
  'exit site',
  'exit this site',
  'exit now',
  'leave this site',
  'leave site',
  'leave this page',
  'hide page',
  'hide this page',
  'escape',
]);

const CONTROL = 'a[href], button, [role="button"], input[type="button"], input[type="submit"]';

function text(element: Element): string {
  const raw = element instanceof HTMLInputElement ? element.value : (element.textContent ?? '');
  return raw.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The site exit control an event happened on, if any. */
export function siteExitControl(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest(CONTROL);
  if (!control) return null;
  if (control.closest(DECLARED) || control.closest(COMMON)) return control;
  return EXIT_TEXTS.has(text(control)) ? control : null;
}

/**
 * Whether the page has a declared exit control of its own (GOV.UK's component or
 * `data-quick-exit`). Those stay on screen as designed, so the extension's own
 * button is not added beside them; Shift x3 and the browser shortcut still work.
 */
export function hasDeclaredExitControl(): boolean {
  return document.querySelector(DECLARED) !== null;
}
