/**
 * Chromium started by hand, with no driver attached to anything but the pages
 * asked for. Playwright and Puppeteer both attach to every worker the browser
 * starts (Puppeteer pauses each one until it has detached again), and an attached
 * debugger keeps an extension's service worker from being stopped when idle, so
 * a benchmark run through them never meets the worker the way a person does.
 *
 * Here the browser's DevTools socket only *discovers* targets (which attaches to
 * none); a page is attached to explicitly, one at a time. Puppeteer's
 * `Connection` is used as a plain DevTools protocol client.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection, type CDPSession } from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import { chromiumPath } from '../scripts/setup/find-browser.mjs';
import { chromiumArgs } from '../tests/e2e/fixtures';

export interface HandStartedChromium {
  /** The browser's own DevTools socket: target discovery and browser-wide commands. */
  connection: Connection;
  /** Attaches to one page target (never to a worker). */
  attach(targetId: string): Promise<CDPSession>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Chromium writes the port it chose and the browser socket's path here once it listens. */
async function readDevToolsActivePort(profile: string, child: ChildProcess): Promise<string> {
  const file = join(profile, 'DevToolsActivePort');
  for (const until = Date.now() + 60_000; Date.now() < until; await sleep(50)) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with code ${child.exitCode}`);
    const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
    if (lines.length === 2) return `ws://127.0.0.1:${lines[0]}${lines[1]}`;
  }
  throw new Error('Chromium did not write DevToolsActivePort');
}

/** Headless (new) Chromium, a fresh profile, the given unpacked extensions, and the tests' usual flags. */
export async function startChromium(extensions: string[]): Promise<HandStartedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'quick-exit-bench-profile-'));
  const args = [
    ...chromiumArgs(extensions),
    '--headless=new',
    // As Playwright launches it: Chromium's sandbox refuses to start as root (containers, CI).
    '--no-sandbox',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    '--window-size=1000,700',
    'about:blank',
  ];
  const child = spawn(chromiumPath(), args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const url = await readDevToolsActivePort(profile, child);
    const connection = new Connection(url, await NodeWebSocketTransport.create(url));
    await connection.send('Target.setDiscoverTargets', { discover: true });
    return {
      connection,
      async attach(targetId) {
        const { sessionId } = await connection.send('Target.attachToTarget', { targetId, flatten: true });
        const session = connection.session(sessionId);
        if (!session) throw new Error(`No session for target ${targetId}`);
        return session;
      },
      async close() {
        await connection.send('Browser.close').catch(() => undefined);
        connection.dispose();
        await Promise.race([exited, sleep(10_000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
