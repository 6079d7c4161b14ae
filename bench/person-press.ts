/** A mouse press as a person makes it, through a page's DevTools session: over the point, down, a short hold, up. */
import type { CDPSession } from 'puppeteer-core';

/** A quick click's hold: the button goes up about this long after it went down. */
export const HOLD_MS = 80;

export interface Press {
  /** performance.now() as the button-down was sent, and as the button-up was. */
  pressedAt: number;
  releasedAt: number;
  /** Date.now() as the button-down was sent: comparable with the browser's own time stamps. */
  pressedWall: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function pressLikeAPerson(session: CDPSession, point: { x: number; y: number }): Promise<Press> {
  const mouse = { ...point, button: 'left' as const, clickCount: 1 };
  await session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...point });
  const pressedWall = Date.now();
  const pressedAt = performance.now();
  // The page may leave, or its tab close, before either answers.
  const down = session.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...mouse }).catch(() => undefined);
  await sleep(HOLD_MS);
  const releasedAt = performance.now();
  await session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...mouse }).catch(() => undefined);
  await down;
  return { pressedAt, releasedAt, pressedWall };
}

/** The centre of the first accessibility-tree button with this name (closed shadow roots included). */
export async function buttonCentre(session: CDPSession, name: string): Promise<{ x: number; y: number }> {
  await session.send('Accessibility.enable');
  try {
    const { nodes } = await session.send('Accessibility.getFullAXTree');
    const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
    if (!button?.backendDOMNodeId) throw new Error(`No button named "${name}"`);
    const { model } = await session.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId });
    const [x1, y1, , , x3, y3] = model.border;
    return { x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
  } finally {
    await session.send('Accessibility.disable');
  }
}

/** The centre of the first element matching a CSS selector in the page's own document. */
export async function elementCentre(session: CDPSession, selector: string): Promise<{ x: number; y: number }> {
  const { result } = await session.send('Runtime.evaluate', {
    returnByValue: true,
    expression: `(() => {
      const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    })()`,
  });
  return result.value as { x: number; y: number };
}
