/**
 * The browser shortcut (manifest `commands`) fires only from a real key press:
 * headed Chromium (under xvfb in CI) and xdotool, which types at the X server.
 */
import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures';
import { expectNoTrace, setUpBrowsing, waitUntilSafe } from './scenario';
import { serveFakeSites } from './sites';

test.use({ headed: true });

test('the browser shortcut Alt+Shift+Q leaves, even from a text field', async ({ context, sw }) => {
  expect(process.env.DISPLAY, 'needs an X display: run under xvfb-run').toBeTruthy();
  await serveFakeSites(context);
  const scenario = await setUpBrowsing(context, sw);
  await scenario.page.locator('#field').click();
  await scenario.page.keyboard.type('hello');
  await expect
    .poll(() => scenario.page.evaluate(() => document.hasFocus()), { message: 'the window must have focus' })
    .toBe(true);

  const pressedAt = Date.now();
  execFileSync('xdotool', ['key', '--clearmodifiers', 'alt+shift+q']);
  const elapsed = await waitUntilSafe(sw, pressedAt);
  await expectNoTrace(sw, scenario);
  console.log(`shortcut exit: safe after ${elapsed} ms`);
});
