/**
 * A test file's Firefox: the local fake web and Firefox with Quick Exit, started
 * before the file's tests (or before each test) and closed after them.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFakeWeb, type FakeWeb } from './fake-web';
import { startFirefox, type FirefoxSession } from './firefox';

export interface TestFirefox {
  web: FakeWeb;
  firefox: FirefoxSession;
}

export function useFirefox(onStart: (started: TestFirefox) => void | Promise<void>, { each = false } = {}): void {
  let started: Partial<TestFirefox> = {};
  (each ? beforeEach : beforeAll)(async () => {
    const web = await startFakeWeb();
    started = { web, firefox: await startFirefox(web.port) };
    await onStart(started as TestFirefox);
  });
  (each ? afterEach : afterAll)(async () => {
    await started.firefox?.close();
    await started.web?.close();
  });
}
