/**
 * The history clean in real Firefox, on histories like those a person leaves
 * after reading many pages of support sites: Firefox reports visit times in
 * whole milliseconds and refuses fractional time bounds, so the range deletion
 * of a session has to be done in its terms.
 */
import { describe, expect, it } from 'vitest';
import { isProtectedUrl } from '../../utils/shared/protected-sites';
import { PROTECTED, UNRELATED } from '../e2e/sites';
import { addVisits, hasExitButton, pressShiftThreeTimes, state, until, type FirefoxSession } from './firefox';
import { useFirefox } from './session';

let firefox: FirefoxSession;
useFirefox((started) => void ({ firefox } = started), { each: true });

const supportPage = (n: number) => `https://www.suzylamplugh.org/advice/page-${n}`;
const otherPage = (n: number) => `https://news.example.org/story-${n}`;

/** A real visit: the page loaded in a tab (closed again unless it is where the exit starts). */
async function visit(url: string, keepOpen = false) {
  const page = await firefox.open(url);
  if (!keepOpen) await page.close();
  return page;
}

async function exitFrom(url: string): Promise<void> {
  const support = await visit(url, true);
  await until(() => hasExitButton(support), Boolean, 'exit button on the support page');
  await pressShiftThreeTimes(support);
}

describe('Firefox history clean', () => {
  it('removes a long session: 30 pages read in quick succession and two real visits', async () => {
    const { probe } = firefox;
    await visit(UNRELATED.news);
    await addVisits(
      probe,
      Array.from({ length: 30 }, (_, i) => supportPage(i)),
    );
    await visit(PROTECTED.domesticAbuse);
    await exitFrom(PROTECTED.stalkingHelpline);

    await until(
      () => state.history(probe),
      (urls) => !urls.some(isProtectedUrl),
      'protected history gone',
    );
    expect(await state.history(probe)).toContain(UNRELATED.news);
  });

  it('removes protected visits scattered among others, and keeps every visit to the others', async () => {
    const { probe } = firefox;
    const others = [...Array.from({ length: 10 }, (_, i) => otherPage(i)), UNRELATED.recipes];
    // One at a time in turn; then a session of 12 support pages with another site looked at
    // in the middle and again later, which a range deletion of the session must not touch.
    await addVisits(probe, [
      ...Array.from({ length: 10 }, (_, i) => [supportPage(i), otherPage(i)]).flat(),
      ...Array.from({ length: 6 }, (_, i) => supportPage(100 + i)),
      UNRELATED.recipes,
      ...Array.from({ length: 6 }, (_, i) => supportPage(200 + i)),
    ]);
    await visit(UNRELATED.recipes);
    const visitsBefore = await state.visitCounts(probe, others);
    expect(visitsBefore[10]).toBe(2);
    expect((await state.history(probe)).filter(isProtectedUrl)).toHaveLength(22);

    await exitFrom(PROTECTED.stalkingHelpline);

    await until(
      () => state.history(probe),
      (urls) => !urls.some(isProtectedUrl),
      'protected history gone',
    );
    expect(await state.visitCounts(probe, others)).toEqual(visitsBefore);
  });
});
