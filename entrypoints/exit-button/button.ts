import { i18n } from '#i18n';
import { BUTTON_ELEMENT_PREFIX, unpredictableName } from '@/utils/page-script/page-element-names';
import { PRESSES_NEEDED } from '@/utils/page-script/shift-presses';
import css from './style.css?inline';

/** A page that keeps removing the button is given up on after this many returns. */
const MAX_RETURNS = 100;

export interface ExitButton {
  /** The element in the page; an event whose composed path holds it was aimed at the button. */
  readonly host: HTMLElement;
  /** Puts the button into the page (once the body exists), and back whenever the page removes it. */
  mount(): void;
  /** Fill the three dots as Shift is pressed. */
  showProgress(count: number): void;
  /** Tell screen readers, through the live region. */
  announce(message: string): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Into the top layer, above anything the page draws; without popover support, z-index has to do. */
function showOnTop(button: HTMLElement): void {
  if (typeof button.showPopover !== 'function') return;
  button.popover = 'manual';
  try {
    button.showPopover();
  } catch {
    // Not connected yet, or already shown.
  }
}

/**
 * The "Exit this page" button, in a closed shadow root so the page can neither
 * restyle nor script it; styled through a constructed style sheet, which a
 * page's Content-Security-Policy does not block. The live region carries
 * GOV.UK's announcements. Made at document_start, before any page script runs,
 * under a name no page can know; presses on it are caught on the window
 * (./presses.ts), where no page handler can stop them first.
 */
export function createExitButton(): ExitButton {
  const host = document.createElement(unpredictableName(BUTTON_ELEMENT_PREFIX));
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];

  const button = element('button', 'exit');
  button.type = 'button';
  const indicator = element('span', 'dots');
  indicator.setAttribute('aria-hidden', 'true');
  const dots = Array.from({ length: PRESSES_NEEDED }, () => indicator.appendChild(element('span')));
  button.append(element('span', 'visually-hidden', i18n.t('exit.hiddenPrefix')), i18n.t('exit.label'), indicator);
  const status = element('div', 'visually-hidden');
  status.setAttribute('role', 'status');
  shadow.append(button, status);

  const insert = () => {
    document.body.prepend(host);
    showOnTop(button);
  };

  return {
    host,
    mount() {
      if (!document.body) return;
      insert();
      let returns = 0;
      new MutationObserver(() => {
        if (host.isConnected || !document.body || returns >= MAX_RETURNS) return;
        returns++;
        insert();
      }).observe(document.documentElement, { childList: true, subtree: true });
    },
    showProgress(count) {
      indicator.classList.toggle('counting', count > 0);
      dots.forEach((dot, i) => dot.classList.toggle('on', i < count));
    },
    announce(message) {
      status.textContent = message;
    },
  };
}
