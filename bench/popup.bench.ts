/**
 * The popup: time to first render (the directory on screen), first open and
 * later opens, the time one keystroke in the search box takes to update the
 * list, and how many services a 380×600 popup shows before any scrolling.
 */
import { test } from '../tests/e2e/fixtures';
import { summarise, writeSection } from './results-file';

const OPENS = Number(process.env.BENCH_RUNS ?? 10);
const QUERY = 'domestic abuse helpline';

test('popup', async ({ context, extensionId }) => {
  const rendered: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const [mark, paint] = await popup.evaluate(() => [
      performance.getEntriesByName('directory-rendered')[0]!.startTime,
      performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    ]);
    rendered.push(mark!);
    painted.push(paint!);
    if (i < OPENS - 1) await popup.close();
  }

  const popup = context.pages().at(-1)!;
  // A service counts when its compact row (name, call link, open now) is wholly above the fold.
  const visibleServices = await popup.evaluate(
    () =>
      [...document.querySelectorAll('article')].filter(
        (article) => article.querySelector('.row')!.getBoundingClientRect().bottom <= window.innerHeight,
      ).length,
  );
  const perKey = await popup.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('#search-text')!;
    const times: number[] = [];
    for (let i = 1; i <= query.length; i++) {
      const start = performance.now();
      input.value = query.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      times.push(performance.now() - start);
    }
    return times;
  }, QUERY);

  const later = summarise(rendered.slice(1));
  const laterPaint = summarise(painted.slice(1));
  const keys = summarise(perKey);
  writeSection(
    'Popup',
    [
      `popup.html opened ${OPENS} times in a 380×600 tab of a fresh profile; times from navigation start.`,
      '',
      '| | directory rendered (ms) | first contentful paint (ms) |',
      '| --- | --- | --- |',
      `| first open | ${rendered[0]!.toFixed(0)} | ${painted[0]!.toFixed(0)} |`,
      `| later opens, median (min–max) | ${later.median.toFixed(0)} (${later.min.toFixed(0)}–${later.max.toFixed(0)}) | ${laterPaint.median.toFixed(0)} (${laterPaint.min.toFixed(0)}–${laterPaint.max.toFixed(0)}) |`,
      '',
      `Search, one keystroke at a time ("${QUERY}", ${perKey.length} keys), input event to the list updated:`,
      `median ${keys.median.toFixed(1)} ms, max ${keys.max.toFixed(1)} ms.`,
      '',
      `Services visible at 380×600 without scrolling (UK, nothing typed): ${visibleServices}.`,
    ].join('\n'),
  );
});
