/**
 * What a person types into a support site's fields must not be offered back to
 * them, or to anyone else, on other sites. Read from the browser's own store of
 * typed entries (the profile's "Web Data" database), after the browser closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { test, expect } from './fixtures';
import { page as fakePage, PROTECTED, serveFakeSites, UNRELATED } from './sites';

const form =
  '<form action="results" method="get"><label>Search <input name="q" id="q"></label><button>Go</button></form>';

async function typedEntries(profileDir: string): Promise<{ name: string; value: string }[]> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(join(profileDir, 'Default', 'Web Data')));
  try {
    const [result] = db.exec('SELECT name, value FROM autofill');
    return (result?.values ?? []).map(([name, value]) => ({ name: String(name), value: String(value) }));
  } finally {
    db.close();
  }
}

test('text typed into a support site’s form is not remembered for other sites; elsewhere it is', async ({
  context,
  sw,
  profileDir,
}) => {
  const supportForm = new URL('form', PROTECTED.stalkingHelpline + '/').href;
  const otherForm = new URL('form', UNRELATED.recipes + '/').href;
  await serveFakeSites(context, {
    [supportForm]: fakePage('Support search', form),
    [otherForm]: fakePage('Recipe search', form),
  });
  expect(sw.url()).toContain('background.js');
  for (const [url, words] of [
    [otherForm, 'vegetable soup'],
    [supportForm, 'restraining order'],
  ] as const) {
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.locator('#q').fill('');
    await tab.locator('#q').pressSequentially(words);
    await Promise.all([tab.waitForURL(/results/), tab.locator('#q').press('Enter')]);
    await tab.close();
  }
  // Typed entries reach the database on the browser's own schedule; closing it flushes them.
  await context.close();
  const entries = await typedEntries(profileDir);
  expect(entries).toContainEqual({ name: 'q', value: 'vegetable soup' });
  expect(entries.map((e) => e.value)).not.toContain('restraining order');
});
