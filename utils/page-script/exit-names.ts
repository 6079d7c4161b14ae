/**
 * Whether an element's own names (id, classes, data-* attribute names, and the
 * tag of a web component with an open shadow root) call it a quick exit, in any
 * case style: `quickExit`, `quick-exit-btn`, `ds_hide-page__button`,
 * `ow-leave-page-fab`, `get-away`, `page-exit`. Not `hide-pagination`,
 * `exit-survey`, `fullscreen-exit` or `cookie-banner__hide`.
 */

/**
 * Two words next to each other in one name: quick-exit, safety-exit, exit-site,
 * page-exit, leave-page, hide-page, get-away, panic-button; and the WordPress
 * "Safety Exit" plugin's element, #sftExt-frontend-button.
 */
const PAIR =
  /^(?:quick (?:exit|escape)|safe(?:ty)? exit|emergency exit|(?:exit|leave|escape) (?:web)?(?:site|page)|(?:site|page) exit|hide (?:site|page)|get away|panic (?:button|btn)|sft ext)$/;
/** The same written as one word: quickexit, getaway, exitsite. */
const JOINED = /^(?:quick(?:exit|escape)|safe(?:ty)?exit|getaway|exit(?:web)?(?:site|page)|leavesite)$/;
/** An exit button by name (exit-btn, btnExit, escape-button), but in a dialog "exit" closes the dialog. */
const BUTTON_PAIR = /^(?:(?:exit|escape) (?:button|btn|link)|(?:button|btn) (?:exit|escape))$/;

/** Words that only join others: "exit-this-page", "js-quick-exit". */
const JOINING = new Set(['this', 'the', 'js']);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !JOINING.has(word));
}

function names(element: Element): string[] {
  const found = [element.id, ...(element.getAttribute('class') ?? '').split(/\s+/)];
  for (const attribute of element.getAttributeNames()) {
    if (attribute.startsWith('data-')) found.push(attribute.slice(5));
  }
  // A page's own web component; Quick Exit's own elements have closed shadow roots and so never count.
  if (element.shadowRoot && element.localName.includes('-')) found.push(element.localName);
  return found;
}

export type ExitName = 'exit' | 'exit-button';

export function exitName(element: Element): ExitName | null {
  let kind: ExitName | null = null;
  for (const name of names(element)) {
    const list = words(name);
    if (list.some((word) => JOINED.test(word))) return 'exit';
    for (let i = 1; i < list.length; i++) {
      const pair = `${list[i - 1]} ${list[i]}`;
      if (PAIR.test(pair)) return 'exit';
      if (BUTTON_PAIR.test(pair)) kind = 'exit-button';
    }
  }
  return kind;
}
