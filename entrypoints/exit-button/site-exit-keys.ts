import { hasEscapeExitControl } from '@/utils/page-script/site-controls';

/**
 * Takes over the site's own exit key. Most quick-exit scripts bind Escape to
 * their redirect (on keydown or keyup); on a protected page, a person pressing
 * it gets the full exit instead, and the page's handlers never see the key.
 *
 * Escape counts only when all of these hold:
 * - a person pressed it (a trusted event), alone (no Ctrl, Alt, Meta or Shift),
 *   not held down (no repeats) and not while composing text;
 * - the page shows an exit control of its own that Quick Exit recognises, or one
 *   marked `data-quick-exit`: an ordinary support page does not exit on a stray
 *   Escape, and a page with only GOV.UK's component keeps its Shift x3 (GOV.UK
 *   rejected Escape: it stops page loads and assistive technology uses it);
 * - Escape does not mean something else where it was pressed: not in a text
 *   field, a select, a date or colour picker or any other input, nor in editable
 *   text, a menu, list box, combo box or grid; not while a dialog is open
 *   (`<dialog open>`, `aria-modal="true"`), a popover is open, an expanded menu
 *   button has focus, or something is full screen (Escape leaves full screen).
 *
 * Registered on the window in the capture phase at document_start, with plain
 * listeners (a page can invalidate the content-script context).
 */

const NOT_A_FIELD = new Set(['button', 'submit', 'reset', 'image', 'checkbox', 'radio']);
const WIDGET =
  '[contenteditable]:not([contenteditable="false"]), select, textarea, [role="textbox"], [role="searchbox"], [role="combobox"], [role="listbox"], [role="menu"], [role="menubar"], [role="menuitem"], [role="option"], [role="grid"], [role="tree"], [role="slider"], [role="spinbutton"]';
const OPEN_DIALOG = 'dialog[open], [aria-modal="true"]';

function isEscape(event: KeyboardEvent): boolean {
  return event.key === 'Escape' || event.key === 'Esc';
}

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}

function hasOpenPopover(): boolean {
  try {
    return document.querySelector(':popover-open') !== null;
  } catch {
    // A browser without popovers has none open.
    return false;
  }
}

function escapeMeansSomethingElse(event: KeyboardEvent): boolean {
  if (document.fullscreenElement) return true;
  const target = event.composedPath()[0];
  if (target instanceof HTMLInputElement && !NOT_A_FIELD.has(target.type)) return true;
  if (target instanceof Element && (target.closest(WIDGET) || target.getAttribute('aria-expanded') === 'true')) {
    return true;
  }
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return Array.from(document.querySelectorAll(OPEN_DIALOG)).some(isShown) || hasOpenPopover();
}

function pressedAlone(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey && !event.repeat && !event.isComposing;
}

/** Whether this Escape is the site's exit key by the rule above (all but who pressed it). */
export function isSiteExitEscape(event: KeyboardEvent): boolean {
  return isEscape(event) && pressedAlone(event) && !escapeMeansSomethingElse(event) && hasEscapeExitControl();
}

export function takeOverSiteExitKeys(onExit: () => void): void {
  let leaving = false;
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !isEscape(event)) return;
      if (!leaving) {
        if (!isSiteExitEscape(event)) return;
        leaving = true;
        onExit();
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true },
  );
  // The same key's release and any later Escape must not run the site's redirect either.
  const holdBack = (event: KeyboardEvent) => leaving && isEscape(event) && event.stopImmediatePropagation();
  window.addEventListener('keyup', holdBack, { capture: true });
  window.addEventListener('keypress', holdBack, { capture: true });
}
