/**
 * Clean time against history size: a real Chromium profile filled with N
 * protected and N unrelated history entries (`history.addUrl` from the service
 * worker), cleaned with "Clean up now" in the popup; timed from the click to
 * the summary on screen.
 */
import { test, expect } from '../tests/e2e/fixtures';
import { writeSection } from './results-file';

const SIZES = (process.env.BENCH_CLEAN_SIZES ?? '1000,10000,50000').split(',').map(Number);
const PROTECTED_HOSTS = [
  'www.suzylamplugh.org',
  'www.nationaldahelpline.org.uk',
  'www.galop.org.uk',
  'www.samaritans.org',
];
/** How the protected entries lie among the others: one by one, or in sessions of 50 visits. */
const PATTERNS = ['sessions', 'interleaved'] as const;
const SESSION = 50;
const results: {
  pattern: string;
  size: number;
  fillSeconds: number;
  cleanMs: number;
  settledMs: number;
  summary: string;
}[] = [];

test.describe.serial('clean time against history size', () => {
  for (const pattern of PATTERNS)
    for (const size of SIZES) {
      test(`${size} protected among ${size} unrelated, ${pattern}`, async ({ context, sw, extensionId }) => {
        test.setTimeout(900_000);
        const fillStart = Date.now();
        await sw.evaluate(
          async ({ size, hosts, block }) => {
            const urls: string[] = [];
            for (let start = 0; start < size; start += block) {
              for (let i = start; i < Math.min(size, start + block); i++)
                urls.push(`https://${hosts[i % hosts.length]}/page/${i}`);
              for (let i = start; i < Math.min(size, start + block); i++)
                urls.push(`https://site${i % 97}.example.com/article/${i}`);
            }
            for (let i = 0; i < urls.length; i += 200) {
              await Promise.all(urls.slice(i, i + 200).map((url) => chrome.history.addUrl({ url })));
            }
          },
          { size, hosts: PROTECTED_HOSTS, block: pattern === 'sessions' ? SESSION : 1 },
        );
        const fillSeconds = (Date.now() - fillStart) / 1000;

        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        const start = Date.now();
        await popup.getByRole('button', { name: 'Clean up now' }).click();
        const status = popup.getByText(/^Removed \d+ pages? from history/);
        await expect(status).toBeVisible({ timeout: 600_000 });
        const cleanMs = Date.now() - start;
        // history.deleteUrl answers before Chromium's history database has done the work; a search
        // queued behind the deletions answers only once they are done.
        const left = await sw.evaluate(async () => {
          const items = await chrome.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
          return items.length;
        });
        const settledMs = Date.now() - start;
        expect(left).toBe(size);
        results.push({ pattern, size, fillSeconds, cleanMs, settledMs, summary: (await status.textContent()) ?? '' });
      });
    }

  test.afterAll(() => {
    if (results.length === 0) return;
    writeSection(
      'Clean time against history size',
      [
        'A fresh Chromium profile with N protected entries (4 support sites) and N unrelated ones added through',
        '`history.addUrl`, then "Clean up now" in the popup; from the click to the summary on screen. Every',
        `unrelated entry is checked to be still there afterwards. "sessions": ${SESSION} protected visits, then ${SESSION}`,
        'others, and so on (people read several pages of a support site in a row); "interleaved": one of each in',
        'turn, the worst case.',
        '',
        '"Summary shown" is when every deletion had been accepted; "history settled" is when a search queued',
        'behind them answered, i.e. when Chromium had really removed the entries.',
        '',
        '| pattern | protected entries | unrelated entries | summary shown (ms) | history settled (ms) | settled per 1,000 protected (ms) | summary |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...results.map(
          (r) =>
            `| ${r.pattern} | ${r.size} | ${r.size} | ${r.cleanMs} | ${r.settledMs} | ${((r.settledMs / r.size) * 1000).toFixed(0)} | ${r.summary} |`,
        ),
      ].join('\n'),
    );
  });
});
