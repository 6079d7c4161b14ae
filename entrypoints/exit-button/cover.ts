import { i18n } from '#i18n';
import { COVER_ELEMENT_PREFIX, unpredictableName } from '@/utils/page-script/page-element-names';

/**
 * The first thing an exit does, synchronously, inside the input event: hide the
 * page behind an opaque neutral cover in the top layer (above any z-index the
 * page uses), blank the title and icon, stop media. Nothing of the support page
 * may show in the next frame.
 */
/**
 * In a constructed style sheet (which a page's Content-Security-Policy does not
 * block); !important on :host wins over the page's own !important rules.
 */
const COVER_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  width: 100vw !important;
  height: 100vh !important;
  max-width: none !important;
  max-height: none !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  z-index: 2147483647 !important;
  background: #fff !important;
  opacity: 1 !important;
  visibility: visible !important;
  transform: none !important;
  filter: none !important;
  clip-path: none !important;
  pointer-events: auto !important;
}
p { font: 16px/1.5 sans-serif; color: #0b0c0c; margin: 20px; }
`;

let covered = false;

export function isCovered(): boolean {
  return covered;
}

export function coverPage(): void {
  if (covered) return;
  covered = true;

  const host = document.createElement(unpredictableName(COVER_ELEMENT_PREFIX));
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(COVER_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = i18n.t('exit.loading');
  shadow.append(message);
  document.documentElement.append(host);
  if (typeof host.showPopover === 'function') {
    host.popover = 'manual';
    try {
      host.showPopover();
    } catch {
      // Still covers through z-index and the hidden page below.
    }
  }
  // Belt and braces: the page itself goes invisible; the cover stays visible.
  document.documentElement.style.setProperty('visibility', 'hidden', 'important');

  document.title = i18n.t('exit.loadingTitle');
  for (const icon of document.querySelectorAll('link[rel~="icon"]')) icon.remove();
  const blankIcon = document.createElement('link');
  blankIcon.rel = 'icon';
  blankIcon.href = 'data:,';
  (document.head ?? document.documentElement).append(blankIcon);

  for (const media of document.querySelectorAll<HTMLMediaElement>('audio, video')) {
    media.muted = true;
    media.pause();
  }
}
