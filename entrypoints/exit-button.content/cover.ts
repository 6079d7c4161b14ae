/**
 * The first thing an exit does, synchronously, inside the input event: hide the
 * page behind an opaque neutral cover in the top layer (above any z-index the
 * page uses), blank the title and icon, stop media. Nothing of the support page
 * may show in the next frame.
 */
const HOST_STYLE = [
  'display:block',
  'position:fixed',
  'inset:0',
  'width:100vw',
  'height:100vh',
  'max-width:none',
  'max-height:none',
  'margin:0',
  'padding:0',
  'border:0',
  'z-index:2147483647',
  'background:#fff',
  'opacity:1',
  'visibility:visible',
  'transform:none',
  'filter:none',
  'clip-path:none',
  'pointer-events:auto',
]
  .map((rule) => `${rule} !important`)
  .join(';');

let covered = false;

export function isCovered(): boolean {
  return covered;
}

export function coverPage(): void {
  if (covered) return;
  covered = true;

  const host = document.createElement('quick-exit-cover');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = 'Loading.';
  message.setAttribute('style', 'font: 16px/1.5 sans-serif; color: #0b0c0c; margin: 20px;');
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

  document.title = 'Loading';
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
