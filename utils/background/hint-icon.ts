/**
 * The toolbar icon shown on an unlisted page that has a quick-exit control of its
 * own: Quick Exit's icon (scripts/draw-icons.mjs draws the same door and arrow)
 * with a yellow "+" badge, saying the popup can add this site. Drawn here because
 * declarativeContent takes only image data from a service worker (a file path is
 * refused there), and reading the packaged PNG would need a fetch.
 */
const RED = '#b10e1e';
const WHITE = '#fff';
/** GOV.UK's focus yellow and text black: the strongest contrast on the red. */
const YELLOW = '#ffdd00';
const BLACK = '#0b0c0c';

export const HINT_ICON_SIZES = [16, 32] as const;

function draw(context: OffscreenCanvasRenderingContext2D): void {
  context.fillStyle = RED;
  context.beginPath();
  context.roundRect(0, 0, 32, 32, 6);
  context.fill();
  context.strokeStyle = WHITE;
  context.lineJoin = 'round';
  context.lineWidth = 2.5;
  context.strokeRect(9, 6, 11, 20);
  context.lineWidth = 3;
  context.lineCap = 'round';
  context.stroke(new Path2D('M14 16h13M22 11l5 5-5 5'));
  // The badge: bottom right, over the arrow's tail end.
  context.fillStyle = YELLOW;
  context.strokeStyle = BLACK;
  context.lineWidth = 1.5;
  context.beginPath();
  context.arc(24, 24, 7.5, 0, Math.PI * 2);
  context.fill();
  context.stroke();
  context.lineWidth = 2.5;
  context.lineCap = 'butt';
  context.stroke(new Path2D('M24 19.5v9M19.5 24h9'));
}

/** The icon at each size the toolbar uses, as declarativeContent.SetIcon wants it. */
export function hintIconImageData(): Record<number, ImageData> {
  const images: Record<number, ImageData> = {};
  for (const size of HINT_ICON_SIZES) {
    const canvas = new OffscreenCanvas(size, size);
    const context = canvas.getContext('2d')!;
    context.scale(size / 32, size / 32);
    draw(context);
    images[size] = context.getImageData(0, 0, size, size);
  }
  return images;
}
