// @vitest-environment happy-dom
/**
 * Beyond the catalogue. The browser's rule (declarativeContent, Chromium): one
 * condition per selector, set unless discreet mode is on, replaced rather than
 * added twice; its selectors catch declared quick-exit controls of the corpus and
 * no ordinary control. The popup's look at the page: an unlisted, addable page
 * with its own exit control is offered first; a page it may not read is not.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXIT_CONTROL_CORPUS } from '../fixtures/exit-controls';

vi.mock('@/utils/background/hint-icon', () => ({ hintIconImageData: () => ({ 16: 'icon16', 32: 'icon32' }) }));

const { applySupportSiteHint, EXIT_CONTROL_SELECTORS, initSupportSiteHint } =
  await import('@/utils/background/support-site-hint');
const { readActiveSite } = await import('@/components/use-active-site');
const { EXIT_CONTROL_PROBE_SCRIPT, PROBE_TIMEOUT_MS } = await import('@/utils/pages/exit-control-probe');

/** A stand-in for Chromium's declarativeContent: rules kept by id, as the browser keeps them. */
function fakeDeclarativeContent() {
  const rules = new Map<string, { conditions: { css: string[] }[]; actions: unknown[] }>();
  const calls: string[] = [];
  const api = {
    PageStateMatcher: class {
      constructor(readonly options: { css: string[] }) {}
      get css() {
        return this.options.css;
      }
    },
    SetIcon: class {
      constructor(readonly options: unknown) {}
    },
    onPageChanged: {
      removeRules(_ids: undefined, done: () => void) {
        calls.push('remove');
        rules.clear();
        setTimeout(done, 1);
      },
      addRules(added: { id: string; conditions: { css: string[] }[]; actions: unknown[] }[], done: () => void) {
        calls.push('add');
        for (const rule of added) {
          if (rules.has(rule.id)) throw new Error(`Duplicate rule ${rule.id}`);
          rules.set(rule.id, rule);
        }
        setTimeout(done, 1);
      },
    },
  };
  return { api, rules, calls };
}

describe('the browser-side rule', () => {
  let fake: ReturnType<typeof fakeDeclarativeContent>;
  beforeEach(() => {
    fakeBrowser.reset();
    fake = fakeDeclarativeContent();
    vi.stubGlobal('chrome', { declarativeContent: fake.api });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is one condition per selector, with the badged icon at both toolbar sizes', async () => {
    await applySupportSiteHint(true);
    const [rule] = [...fake.rules.values()];
    expect(rule?.conditions.map((condition) => condition.css)).toEqual(EXIT_CONTROL_SELECTORS.map((s) => [s]));
    expect(rule?.actions).toEqual([new fake.api.SetIcon({ imageData: { 16: 'icon16', 32: 'icon32' } })]);
  });

  it('is replaced, never added twice, and removed when off', async () => {
    await applySupportSiteHint(true);
    await applySupportSiteHint(true);
    expect(fake.rules.size).toBe(1);
    await applySupportSiteHint(false);
    expect(fake.rules.size).toBe(0);
    expect(fake.calls).toEqual(['remove', 'add', 'remove', 'add', 'remove']);
  });

  it('follows discreet mode, one change at a time', async () => {
    await fakeBrowser.storage.local.set({ discreetMode: true });
    initSupportSiteHint();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(fake.calls).toEqual(['remove']));
    await fakeBrowser.storage.local.set({ discreetMode: false });
    await fakeBrowser.storage.local.set({ discreetMode: true });
    await fakeBrowser.storage.local.set({ discreetMode: false });
    await vi.waitFor(() => expect(fake.calls.length).toBe(6));
    expect(fake.rules.size).toBe(1);
  });

  it('is set at install and at browser start, never by a wake-up of the worker alone', async () => {
    initSupportSiteHint();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.calls).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(fake.calls).toEqual(['remove', 'add']));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1', temporary: false });
    await vi.waitFor(() => expect(fake.calls).toEqual(['remove', 'add', 'remove', 'add']));
    expect(fake.rules.size).toBe(1);
  });

  it('does nothing where the browser has no declarativeContent (Firefox)', async () => {
    vi.stubGlobal('chrome', undefined);
    await expect(applySupportSiteHint(true)).resolves.toBeUndefined();
    expect(() => initSupportSiteHint()).not.toThrow();
  });
});

describe('the selectors', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  /** Whether any selector finds an element in the example's markup (and its shadow root's, as the browser would not). */
  function caught(markup: string): boolean {
    document.body.innerHTML = markup;
    return EXIT_CONTROL_SELECTORS.some((selector) => document.querySelector(selector) !== null);
  }

  it('are compound selectors: no combinators, which the browser refuses here', () => {
    for (const selector of EXIT_CONTROL_SELECTORS) {
      expect(selector.replace(/\[[^\]]*\]/g, ''), selector).not.toMatch(/[\s>+~,]/);
    }
  });

  it('catch most published quick-exit controls, and no ordinary control', () => {
    // Controls known only by their words ("Leave this site") are the popup's check's to find.
    const published = EXIT_CONTROL_CORPUS.filter((example) => example.exit && example.taken === 'published');
    const ordinary = EXIT_CONTROL_CORPUS.filter((example) => !example.exit && !example.besideExit);
    const found = published.filter((example) => caught(example.markup));
    console.info(`The selectors catch ${found.length} of ${published.length} published quick-exit controls`);
    expect(found.map((example) => example.name)).toEqual(
      expect.arrayContaining(published.filter((e) => e.markup.includes('govuk-exit-this-page')).map((e) => e.name)),
    );
    expect(found.length).toBeGreaterThanOrEqual((published.length * 2) / 3);
    expect(ordinary.filter((example) => caught(example.markup)).map((example) => example.name)).toEqual([]);
  });
});

describe('the popup’s look at the page', () => {
  beforeEach(() => fakeBrowser.reset());

  async function openOn(url: string, probe: () => Promise<unknown>) {
    const tab = await fakeBrowser.tabs.create({ url, active: true });
    vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab] as never);
    const executeScript = vi.spyOn(browser.scripting, 'executeScript').mockImplementation(probe as never);
    return { tab, executeScript };
  }

  it('offers an unlisted page with its own exit control first', async () => {
    const { tab, executeScript } = await openOn('https://local-group.example/help', async () => [{ result: true }]);
    expect(await readActiveSite()).toEqual({ kind: 'offer', host: 'local-group.example', ownExitControl: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: [EXIT_CONTROL_PROBE_SCRIPT] });
  });

  it('offers it as any other page when the page has none, or may not be read', async () => {
    await openOn('https://recipes.example/soup', async () => [{ result: false }]);
    expect(await readActiveSite()).toEqual({ kind: 'offer', host: 'recipes.example', ownExitControl: false });
    vi.restoreAllMocks();
    fakeBrowser.reset();
    await openOn('https://local-group.example/help', () => Promise.reject(new Error('Cannot access contents')));
    expect(await readActiveSite()).toMatchObject({ kind: 'offer', ownExitControl: false });
  });

  it('does not wait on a page that never answers', async () => {
    vi.useFakeTimers();
    try {
      await openOn('https://local-group.example/help', () => new Promise(() => undefined));
      const read = readActiveSite();
      await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS);
      expect(await read).toMatchObject({ kind: 'offer', ownExitControl: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it('never looks at a protected site, a shared platform or a general-purpose site', async () => {
    const pages = {
      'https://www.nationaldahelpline.org.uk/': { kind: 'protected' },
      'https://www.facebook.com/groups/support': { kind: 'not-addable', reason: 'platform' },
      'https://www.gov.uk/guidance/a-page-not-listed': { kind: 'not-addable', reason: 'general-purpose' },
    };
    for (const [url, expected] of Object.entries(pages)) {
      vi.restoreAllMocks();
      fakeBrowser.reset();
      const { executeScript } = await openOn(url, async () => [{ result: true }]);
      expect(await readActiveSite(), url).toMatchObject(expected);
      expect(executeScript, url).not.toHaveBeenCalled();
    }
  });
});
