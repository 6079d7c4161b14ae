import { isCovered } from './cover';

/**
 * A page's "Leave site?" prompt must not hold anyone on it. Chromium shows it even
 * when the extension closes the tab, and `location.replace` would too. Registered
 * at document_start, this listener runs before the page's own and, once the exit
 * has started, stops them.
 */
export function guardAgainstUnloadPrompts(): void {
  window.addEventListener('beforeunload', (event) => isCovered() && event.stopImmediatePropagation(), {
    capture: true,
  });
}
