import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { PRESSES_NEEDED } from '@/utils/shift-presses';
import css from './style.css?inline';

/** A page that keeps removing the button is given up on after this many returns. */
const MAX_RETURNS = 100;

/** Puts the button back whenever the page removes it (or replaces the whole body). */
function keepInPage(ctx: ContentScriptContext, host: HTMLElement, remount: () => void): void {
  let returns = 0;
  const observer = new MutationObserver(() => {
    if (host.isConnected || !document.body || returns >= MAX_RETURNS) return;
    returns++;
    remount();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

export interface ExitButton {
  /** Fill the three dots and tell screen readers how many presses are left. */
  showProgress(count: number, remaining: number): void;
  announce(message: string): void;
}

/**
 * The "Exit this page" button, in a closed shadow root so the page can neither
 * restyle nor script it. The live region carries GOV.UK's announcements.
 */
export async function mountExitButton(ctx: ContentScriptContext, onExit: () => void): Promise<ExitButton> {
  let indicator: HTMLElement | undefined;
  let dots: HTMLElement[] = [];
  let status: HTMLElement | undefined;

  const ui = await createShadowRootUi(ctx, {
    name: 'quick-exit-button',
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'first',
    css,
    onMount(container) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'exit';
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = 'Emergency ';
      indicator = document.createElement('span');
      indicator.className = 'dots';
      indicator.setAttribute('aria-hidden', 'true');
      dots = Array.from({ length: PRESSES_NEEDED }, () => indicator!.appendChild(document.createElement('span')));
      button.append(hidden, 'Exit this page', indicator);
      // A page script can dispatch clicks too; only a person's click counts.
      button.addEventListener('click', (event) => event.isTrusted && onExit());

      status = document.createElement('div');
      status.setAttribute('role', 'status');
      status.className = 'visually-hidden';

      container.append(button, status);
      if (typeof button.showPopover === 'function') {
        button.popover = 'manual';
        // Shown once it is in the document; a popover must be connected first.
        queueMicrotask(() => {
          try {
            button.showPopover();
          } catch {
            // Falls back to position: fixed with the highest z-index.
          }
        });
      }
    },
  });
  ui.mount();
  keepInPage(ctx, ui.shadowHost, () => {
    ui.remove();
    ui.mount();
  });

  return {
    showProgress(count) {
      indicator?.classList.toggle('counting', count > 0);
      dots.forEach((dot, i) => dot.classList.toggle('on', i < count));
    },
    announce(message) {
      if (status) status.textContent = message;
    },
  };
}
