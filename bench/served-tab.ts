/**
 * A tab whose fake websites are answered by this process (DevTools `Fetch`
 * interception on that tab only), so nothing needs the network. Only the given
 * hosts are intercepted: anything else the tab asks for, such as the exit's
 * destination, fails at once on the host resolver rule every benchmark browser
 * has, exactly as it does in the tabs the extension opens, which no one
 * intercepts.
 */
import type { CDPSession } from 'puppeteer-core';
import type { HandStartedChromium } from './hand-started-chromium';

/** What to answer for a URL on one of the served hosts. */
export type Responder = (url: URL) => { body: string; contentType: string };

export interface ServedTab {
  targetId: string;
  session: CDPSession;
}

export async function openServedTab(
  chromium: HandStartedChromium,
  url: string,
  hosts: string[],
  respond: Responder,
): Promise<ServedTab> {
  const { targetId } = await chromium.connection.send('Target.createTarget', { url: 'about:blank' });
  const session = await chromium.attach(targetId);
  session.on('Fetch.requestPaused', ({ requestId, request }) => {
    const { body, contentType } = respond(new URL(request.url));
    session
      .send('Fetch.fulfillRequest', {
        requestId,
        responseCode: 200,
        responseHeaders: [{ name: 'Content-Type', value: contentType }],
        body: Buffer.from(body).toString('base64'),
      })
      .catch(() => undefined);
  });
  await session.send('Fetch.enable', { patterns: hosts.map((host) => ({ urlPattern: `https://${host}/*` })) });
  await session.send('Page.enable');
  const loaded = new Promise<void>((resolve) => session.once('Page.loadEventFired', () => resolve()));
  await session.send('Page.navigate', { url });
  await loaded;
  return { targetId, session };
}

/** Polls an expression in the page until it gives a value (not null or undefined). */
export async function waitForValue<T>(session: CDPSession, expression: string, timeoutMs = 30_000): Promise<T> {
  for (const until = Date.now() + timeoutMs; Date.now() < until;) {
    const { result } = await session.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value !== undefined && result.value !== null) return result.value as T;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${expression}`);
}
