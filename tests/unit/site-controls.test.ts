// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.support-charity.example/help/staying-safe"}
/**
 * The recogniser of support sites' own exit controls, over the whole corpus in
 * tests/fixtures/exit-controls: every real exit control is taken over, no
 * ordinary control is.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { hasDeclaredExitControl, hasEscapeExitControl, siteExitControl } from '@/utils/page-script/site-controls';
import { EXIT_CONTROL_CORPUS, type ExitControlExample } from '../fixtures/exit-controls';

const POSITIVES = EXIT_CONTROL_CORPUS.filter((example) => example.exit);
const NEGATIVES = EXIT_CONTROL_CORPUS.filter((example) => !example.exit);

/** Shows the example on the page and returns what a click on it carries: its composed path at the window. */
function clickPath(example: ExitControlExample): EventTarget[] {
  document.body.innerHTML = example.markup;
  let root: ParentNode = document;
  if (example.shadow) {
    const host = document.querySelector(example.shadow.host);
    if (!host) throw new Error(`No shadow host ${example.shadow.host} in ${example.name}`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = example.shadow.html;
    root = shadow;
  }
  const target = root.querySelector(example.click);
  if (!target) throw new Error(`Nothing to click at ${example.click} in ${example.name}`);
  let path: EventTarget[] = [];
  const listener = (event: Event) => {
    path = event.composedPath();
    // No navigation: the test page stays where it is.
    event.preventDefault();
  };
  window.addEventListener('click', listener, { capture: true, once: true });
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  return path;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the corpus', () => {
  test('is large, varied and sourced', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(80);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(30);
    for (const kind of ['link', 'button', 'plain', 'shadow'] as const) {
      expect(POSITIVES.some((example) => example.kind === kind)).toBe(true);
    }
    for (const example of EXIT_CONTROL_CORPUS) expect(example.source, example.name).not.toBe('');
  });

  test('every real exit control is taken over and no ordinary control is', () => {
    const missed = POSITIVES.filter((example) => siteExitControl(clickPath(example)) === null).map((e) => e.name);
    const wronglyTaken = NEGATIVES.filter((example) => siteExitControl(clickPath(example)) !== null).map((e) => e.name);
    console.info(
      `Exit controls taken over: ${POSITIVES.length - missed.length} of ${POSITIVES.length}; ` +
        `ordinary controls wrongly taken: ${wronglyTaken.length} of ${NEGATIVES.length}`,
    );
    expect(missed).toEqual([]);
    expect(wronglyTaken).toEqual([]);
  });
});

describe('a click on a real exit control', () => {
  test.each(POSITIVES.map((example) => [example.name, example] as const))('%s', (_name, example) => {
    const path = clickPath(example);
    const control = siteExitControl(path);
    expect(control).not.toBeNull();
    // The control is on the click's way: the clicked node or one of its ancestors.
    expect(path).toContain(control);
  });
});

describe('a click on an ordinary control', () => {
  test.each(NEGATIVES.map((example) => [example.name, example] as const))('%s', (_name, example) => {
    expect(siteExitControl(clickPath(example))).toBeNull();
  });
});

describe('whether the page shows an exit control the site may bind Escape to', () => {
  test.each(POSITIVES.map((example) => [example.name, example] as const))('%s', (_name, example) => {
    clickPath(example);
    // GOV.UK's component keeps Shift x3 only.
    expect(hasEscapeExitControl()).toBe(!example.markup.includes('govuk-exit-this-page'));
  });

  test('not on a page of ordinary controls only', () => {
    for (const example of NEGATIVES.filter((e) => !e.besideExit)) {
      clickPath(example);
      expect(hasEscapeExitControl(), example.name).toBe(false);
    }
  });

  test('yes when a control is marked data-quick-exit', () => {
    document.body.innerHTML = `<button type="button" data-quick-exit>Leave now</button>`;
    expect(hasEscapeExitControl()).toBe(true);
  });
});

describe('a control a site marks itself', () => {
  test('data-quick-exit is taken over whatever its label, and counts as declared', () => {
    document.body.innerHTML = `<nav><a href="/elsewhere" data-quick-exit><span>Weather</span></a></nav>`;
    const link = document.querySelector('a')!;
    let path: EventTarget[] = [];
    const listener = (event: Event) => {
      path = event.composedPath();
      event.preventDefault();
    };
    window.addEventListener('click', listener, { capture: true, once: true });
    link
      .querySelector('span')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(siteExitControl(path)).toBe(link);
    expect(hasDeclaredExitControl()).toBe(true);
  });

  test('a page without one declares nothing', () => {
    document.body.innerHTML = `<button type="button">Quick exit</button>`;
    expect(hasDeclaredExitControl()).toBe(false);
  });
});
