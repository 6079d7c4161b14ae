import { test, expect } from './fixtures';
import { serveFakeSites, PROTECTED, UNRELATED, DESTINATION } from './sites';
import { tabs, history, recentlyClosedUrls } from './browser-state';

test('probe', async ({ context, sw }) => {
  await serveFakeSites(context);
  const news = await context.newPage();
  await news.goto(UNRELATED.news);
  const p = await context.newPage();
  await p.goto(PROTECTED.stalkingHelpline);
  await p.goto(PROTECTED.stalkingHelpline + '/more');
  const host = p.locator('quick-exit-button');
  await expect(host).toHaveCount(1);
  console.log('box', await host.boundingBox());
  await p.screenshot({ path: 'test-results/probe.png' });
  console.log(await tabs(sw));
  const box = (await host.boundingBox())!;
  const t0 = Date.now();
  await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(async () => (await tabs(sw)).map((t) => t.url)).not.toContain(PROTECTED.stalkingHelpline + '/more');
  console.log('closed after', Date.now() - t0, await tabs(sw));
  await expect.poll(async () => Object.keys(await history(sw)).filter((u) => u.includes('suzy'))).toEqual([]);
  console.log('hist', await history(sw), await recentlyClosedUrls(sw));
});
