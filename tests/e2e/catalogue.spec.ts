/**
 * The catalogue of support sites (data/support-sites/) in the built extension:
 * pages sampled from each kind of entry get the button and are cleaned by an
 * exit; ordinary pages on the same general-purpose hosts are left alone. The
 * sample is read from the catalogue, so the test follows the data.
 */
import type { Worker } from '@playwright/test';
import { supportSites } from '../../data/support-sites';
import { SCRIPTLESS_HOSTS } from '../../data/support-sites/quick-exit-own';
import type { SiteKind, SupportSite } from '../../data/support-sites/types';
import { isProtectedUrl, parseScope } from '../../utils/shared/protected-sites';
import { test, expect } from './fixtures';
import { history, tabs } from './browser-state';
import { BUTTON_HOST, clickExitButton } from './page-checks';
import { DESTINATION, serveFakeSites, UNRELATED } from './sites';

const KINDS: readonly SiteKind[] = ['national', 'shared-domain', 'local'];

/** Browsers run no extension's script on their own stores: those entries are cleaned, never given the button. */
const hasButton = (site: SupportSite) =>
  !SCRIPTLESS_HOSTS.includes(parseScope(site.scopes[0]).host.replace(/^www\./, ''));

/** The first and the last entry of a kind: a sample that moves as the catalogue grows. */
function sampleOf(kind: SiteKind): SupportSite[] {
  const ofKind = supportSites.filter((site) => site.kind === kind && hasButton(site));
  return [...new Set([ofKind[0], ofKind[ofKind.length - 1]])].filter(Boolean);
}

/** A page inside the entry's first scope. */
function pageIn(site: SupportSite): string {
  const { host, path } = parseScope(site.scopes[0]);
  return `https://${host}${path || '/'}`;
}

/** An ordinary page elsewhere on the same general-purpose host (a council's bins, say). */
function ordinaryPageBeside(site: SupportSite): string {
  return `https://${parseScope(site.scopes[0]).host}/bin-collection-days`;
}

/**
 * Pages on shared domains reached on the other of "www." and the bare host than
 * the catalogue lists: a page listed on a bare host, on "www."; a page listed on
 * "www." whose source was read on the bare host, there (the first of each).
 */
function twinPages(): string[] {
  const shared = supportSites.filter((site) => site.kind === 'shared-domain' && hasButton(site));
  const listedBare = shared
    .flatMap((site) => site.scopes.map(parseScope))
    .find(({ host, path }) => path !== '' && !host.startsWith('www.') && host.split('.').length <= 3);
  const listedWww = shared
    .flatMap((site) => site.scopes.map(parseScope).map((scope) => ({ scope, sources: site.sources })))
    .find(
      ({ scope, sources }) =>
        scope.path !== '' &&
        scope.host.startsWith('www.') &&
        sources.some((source) => URL.parse(source)?.hostname === scope.host.slice(4)),
    )?.scope;
  return [
    ...(listedBare ? [`https://www.${listedBare.host}${listedBare.path}`] : []),
    ...(listedWww ? [`https://${listedWww.host.slice(4)}${listedWww.path}`] : []),
  ];
}

const sampled = KINDS.flatMap(sampleOf);
const sharedSampled = sampled.filter((site) => site.kind === 'shared-domain');
const protectedPages = [...sampled.map(pageIn), ...twinPages()];
const ordinaryPages = ['https://www.gov.uk/vehicle-tax', ...sharedSampled.map(ordinaryPageBeside)];

const protectedInHistory = async (sw: Worker) => Object.keys(await history(sw)).filter((url) => isProtectedUrl(url));

test.describe('the catalogue of support sites', () => {
  test('has entries of every kind to sample, and ordinary pages beside the shared ones are not protected', () => {
    for (const kind of KINDS) expect(sampleOf(kind).length, kind).toBeGreaterThan(0);
    expect(twinPages()).toHaveLength(2);
    expect(sharedSampled.length).toBeGreaterThan(0);
    for (const url of protectedPages) expect(isProtectedUrl(url), url).toBe(true);
    for (const url of ordinaryPages) expect(isProtectedUrl(url), url).toBe(false);
  });

  test('sampled pages of each kind get the button; ordinary pages on the same hosts do not', async ({ context }) => {
    await serveFakeSites(context);
    const page = await context.newPage();
    for (const url of protectedPages) {
      await page.goto(url);
      await expect(page.locator(BUTTON_HOST), url).toHaveCount(1);
    }
    for (const url of ordinaryPages) {
      await page.goto(url);
      await page.waitForLoadState('load');
      await expect(page.locator(BUTTON_HOST), url).toHaveCount(0);
    }
  });

  test('a page of a shared-domain scope gets the button with a query, a fragment or below it; its neighbours do not', async ({
    context,
  }) => {
    await serveFakeSites(context);
    const page = await context.newPage();
    const base = pageIn(sharedSampled[0]!).replace(/\/$/, '');
    const withButton = [`${base}?lang=en`, `${base}#how-to-get-help`, `${base}/more-help`, `${base}/`];
    const wholeSite = supportSites.find((site) => site.kind !== 'shared-domain' && hasButton(site))!;
    const withoutButton = [
      `${base}-statistics`,
      `${base}x?lang=en`,
      // A host under a whole site that the catalogue does not list.
      `https://unlisted-subdomain.${parseScope(wholeSite.scopes[0]!).host.replace(/^www\./, '')}/`,
    ];
    for (const url of withButton) {
      expect(isProtectedUrl(url), url).toBe(true);
      await page.goto(url);
      await expect(page.locator(BUTTON_HOST), url).toHaveCount(1);
    }
    for (const url of withoutButton) {
      expect(isProtectedUrl(url), url).toBe(false);
      await page.goto(url);
      await page.waitForLoadState('load');
      await expect(page.locator(BUTTON_HOST), url).toHaveCount(0);
    }
  });

  test('an exit cleans every sampled page and keeps the ordinary pages on the same hosts', async ({ context, sw }) => {
    await serveFakeSites(context);
    const ordinary = await context.newPage();
    await ordinary.goto(UNRELATED.news);
    for (const url of ordinaryPages) await ordinary.goto(url);

    const page = await context.newPage();
    for (const url of protectedPages) await page.goto(url);
    await page.bringToFront();
    await expect.poll(async () => (await protectedInHistory(sw)).length).toBe(protectedPages.length);

    await clickExitButton(page);

    await expect
      .poll(async () => {
        const open = await tabs(sw);
        return open.some((t) => t.active && t.url === DESTINATION) && !open.some((t) => isProtectedUrl(t.url));
      })
      .toBe(true);
    await expect.poll(() => protectedInHistory(sw)).toEqual([]);
    const kept = Object.keys(await history(sw));
    for (const url of [UNRELATED.news, ...ordinaryPages]) expect(kept, url).toContain(url);
  });
});
