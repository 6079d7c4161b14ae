import { guidance } from '../../data/guidance';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { tabs } from './browser-state';

test('the safety guidance says what Quick Exit cannot hide, with sources, and passes axe', async ({
  context,
  sw,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('link', { name: 'What Quick Exit can and cannot hide' }).click();
  const url = `chrome-extension://${extensionId}/guide.html`;
  await expect.poll(async () => (await tabs(sw)).map((t) => t.url)).toContain(url);

  const page = await context.newPage();
  await page.goto(url);
  for (const section of guidance) {
    const region = page.getByRole('region', { name: section.heading });
    await expect(region.getByRole('listitem')).toHaveCount(section.claims.length);
    await expect(region).toContainText('Source:');
  }
  await expect(page.getByRole('region', { name: 'What it cannot hide' })).toContainText('Spyware or stalkerware');
  await expect(page.getByRole('region', { name: 'When in doubt' })).toContainText('do not delete it');
  await expect(page.getByRole('button', { name: 'Emergency Exit this page' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
