/**
 * Support sites' own exit controls. On a protected site, a person's click on one
 * runs the full exit (tabs, history, traces) instead of only the site's redirect.
 *
 * Recognised from the click's composed path (so a control inside a web
 * component's open shadow root counts): GOV.UK's "Exit this page" component and
 * its skip link; any control a site marks `data-quick-exit`; and otherwise the
 * control that was clicked (a link, a button, or a plain element the site's
 * script handles: `onclick`, `tabindex`, a pointer cursor) when its names or its
 * label say quick exit, or when it is an unlabelled icon inside a small container
 * named for quick exit. Never from inside an open dialog by label alone (there
 * "Leave page" and "Close" mean the dialog), never a disclosure toggle, and
 * never a link to another page of the same site (guidance such as "Cover your
 * tracks").
 */
import { isExitLabel, normaliseLabel } from './exit-labels';
import { exitName } from './exit-names';

const DECLARED = '[data-quick-exit], .govuk-exit-this-page__button, .govuk-js-exit-this-page-skiplink';
const CONTROL =
  'a[href], button, input[type="button"], input[type="submit"], input[type="image"], [role="button"], [role="link"], [role="menuitem"], [onclick], [tabindex]:not([tabindex="-1"])';
const DISCLOSURE = '[aria-expanded], [aria-haspopup], summary';
const DIALOG = 'dialog[open], [aria-modal="true"], [role="dialog"], [role="alertdialog"]';
/** How far above the clicked node the control may start (icon in a label in a button …). */
const DEPTH = 6;
/** A container named for quick exit holds the exit and little else (bboyle/quick-exit has three links). */
const MAX_CONTROLS_IN_CONTAINER = 3;

/** The path's elements below the page's body: shadow roots, document and window left out. */
function pageElements(path: readonly EventTarget[]): Element[] {
  const elements: Element[] = [];
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    if (target === document.body || target === document.documentElement) break;
    elements.push(target);
  }
  return elements;
}

/**
 * Where in the path the clicked control may be: the nearest real control, and the
 * element where a pointer cursor starts (a plain element the site's script
 * handles, which may sit inside a focusable region).
 */
function controlIndexes(elements: Element[]): number[] {
  const limit = Math.min(elements.length, DEPTH);
  let control = 0;
  while (control < limit && !elements[control].matches(CONTROL)) control++;
  let pointer = -1;
  while (pointer + 1 < limit && getComputedStyle(elements[pointer + 1]).cursor === 'pointer') pointer++;
  return [control < limit ? control : -1, pointer].filter((at, i, all) => at >= 0 && all.indexOf(at) === i);
}

/** Text as read, with a space between elements and images' alt text. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.localName === 'script' || node.localName === 'style') return '';
  const alt = node.localName === 'img' ? (node.getAttribute('alt') ?? '') : '';
  return [alt, ...Array.from(node.childNodes, textOf)].join(' ');
}

/** Longer than this, an element's text is a region's content, not a label (and is not read word by word). */
const MAX_LABEL_CHARACTERS = 300;
const LABEL_ATTRIBUTES = ['aria-label', 'title', 'alt'];

function labelsOf(control: Element): string[] {
  const text = (control.textContent ?? '').length > MAX_LABEL_CHARACTERS ? '' : textOf(control);
  const value = control.localName === 'input' ? (control as HTMLInputElement).value : text;
  const named = LABEL_ATTRIBUTES.map((attribute) => control.getAttribute(attribute) ?? '');
  return [...named, value].filter((label) => normaliseLabel(label) !== '');
}

/** A link to another page of this same site: guidance, not a way out. */
function isSiteNavigation(control: Element): boolean {
  const href = (control as HTMLAnchorElement).href;
  if (control.localName !== 'a' || typeof href !== 'string') return false;
  const url = new URL(href, location.href);
  return (
    url.protocol.startsWith('http') &&
    url.origin === location.origin &&
    url.pathname + url.search !== location.pathname + location.search
  );
}

function holdsFewControls(container: Element): boolean {
  return (container.shadowRoot ?? container).querySelectorAll(CONTROL).length <= MAX_CONTROLS_IN_CONTAINER;
}

/** Whether the element at `at` in the path is the site's exit control. */
function isExitControlAt(elements: Element[], at: number): boolean {
  const control = elements[at];
  const inDialog = elements.some((element) => element.matches(DIALOG));
  const name = exitName(control);
  if (name === 'exit' || (name === 'exit-button' && !inDialog)) return true;
  if (inDialog) return false;

  const labels = labelsOf(control);
  const saysExit = labels.some(isExitLabel);
  if (saysExit && !control.matches(DISCLOSURE) && !isSiteNavigation(control)) return true;
  if (labels.length > 0 && !saysExit) return false;
  // An icon without words, inside a small container named for quick exit.
  const containers = elements.slice(at + 1, at + 4);
  return containers.some((container) => exitName(container) === 'exit' && holdsFewControls(container));
}

/** The site's exit control a click's composed path went through, if any. */
export function siteExitControl(path: readonly EventTarget[]): Element | null {
  const elements = pageElements(path);
  const declared = elements.find((element) => element.matches(DECLARED));
  if (declared) return declared;
  const at = controlIndexes(elements).find((index) => isExitControlAt(elements, index));
  return at === undefined ? null : elements[at];
}

/**
 * Whether the page has a declared exit control of its own (GOV.UK's component or
 * `data-quick-exit`). Those stay on screen as designed, so the extension's own
 * button is not added beside them; Shift x3 and the browser shortcut still work.
 */
export function hasDeclaredExitControl(): boolean {
  return document.querySelector(DECLARED) !== null;
}

/** The element and its ancestors, across shadow roots: the path a click on it would take. */
export function pathTo(element: Element): Element[] {
  const path: Element[] = [];
  for (let at: Element | null = element; at;) {
    path.push(at);
    const parent: Node | null = at.parentNode;
    at = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return path;
}

/** GOV.UK's component keeps Shift x3: Escape was rejected there (it stops page loads; assistive technology uses it). */
const SHIFT_ONLY = '.govuk-exit-this-page, .govuk-js-exit-this-page-skiplink';
/** Text that may label an exit; only such text is looked at more closely. */
const EXIT_WORD = /\b(?:exit|escape|leave|hide|close|quit|get|panic|change|cover)\b/i;

function counts(element: Element): boolean {
  return !element.closest(SHIFT_ONLY) && !element.closest(DIALOG) && siteExitControl(pathTo(element)) !== null;
}

/** Whether the page shows an exit control whose site may use Escape as its key: `data-quick-exit`, or one recognised. */
export function hasEscapeExitControl(root: Document | ShadowRoot = document): boolean {
  // The body only: a plugin's <script id="safety-exit-js"> in the head is not a control on screen.
  const scope = root instanceof Document ? root.body : root;
  if (!scope) return false;
  if (scope.querySelector('[data-quick-exit]')) return true;
  for (const element of scope.querySelectorAll('*')) {
    if (element.shadowRoot && hasEscapeExitControl(element.shadowRoot)) return true;
    if (element.closest(SHIFT_ONLY) || element.closest(DIALOG)) continue;
    const name = exitName(element);
    if (name === 'exit') return true;
    // Only elements whose names or label attributes may say exit are looked at closely (styles are read there).
    const labelled = LABEL_ATTRIBUTES.some((attribute) => EXIT_WORD.test(element.getAttribute(attribute) ?? ''));
    if (
      (name || labelled || (element.localName === 'input' && EXIT_WORD.test((element as HTMLInputElement).value))) &&
      counts(element)
    ) {
      return true;
    }
  }
  // Controls and plain elements the site's script handles, found by their words.
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (parent && EXIT_WORD.test(text.textContent ?? '') && isExitLabel(parent.textContent ?? '') && counts(parent)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the page shows a quick-exit control of its own, of any kind the exit
 * button's script recognises: what makes an unlisted site very likely a support site.
 */
export function hasOwnExitControl(): boolean {
  return hasDeclaredExitControl() || hasEscapeExitControl();
}
