/**
 * The visits of the heavy-profile benchmark, oldest first: 50,000 pages of other
 * sites (1 in 20 a search results page with an unrelated search), and 300 visits
 * to support sites: 5 sessions of 30 pages, each starting at the site's home page,
 * one of them with another site's page looked at in its middle (and again, in its
 * own place, later), and 150 single visits scattered among the others.
 */
import { isProtectedUrl } from '../utils/shared/protected-sites';

const SUPPORT_HOSTS = [
  'www.suzylamplugh.org',
  'www.nationaldahelpline.org.uk',
  'www.galop.org.uk',
  'www.samaritans.org',
];
/** The same four hosts, for code that runs in the browser. */
export const PROTECTED_PATTERN =
  /^https:\/\/www\.(suzylamplugh\.org|nationaldahelpline\.org\.uk|galop\.org\.uk|samaritans\.org)\//;

const OTHER_ENTRIES = 50_000;
const SESSION_AT = [5_000, 15_000, 25_000, 35_000, 45_000];
const SESSION_PAGES = 30;
/** The session with another page in its middle, and that page's own place. */
const INTERRUPTED = { session: 2, after: 15, page: 30_000 };
const SCATTERED = { count: 150, every: 333, offset: 100 };

const otherPage = (n: number) =>
  n % 20 === 0
    ? `https://www.google.com/search?q=weather+forecast+${n}`
    : `https://site${n % 997}.example.com/article/${n}`;

export function heavyHistory() {
  const visits: string[] = [];
  let supportPage = 0;
  let scattered = 0;
  for (let n = 0; n < OTHER_ENTRIES; n++) {
    visits.push(otherPage(n));
    const session = SESSION_AT.indexOf(n);
    if (session >= 0) {
      const host = SUPPORT_HOSTS[session % SUPPORT_HOSTS.length]!;
      visits.push(`https://${host}/`);
      for (let i = 1; i < SESSION_PAGES; i++) {
        if (session === INTERRUPTED.session && i === INTERRUPTED.after) visits.push(otherPage(INTERRUPTED.page));
        visits.push(`https://${host}/page/${supportPage++}`);
      }
    }
    if (n % SCATTERED.every === SCATTERED.offset && scattered < SCATTERED.count)
      visits.push(`https://${SUPPORT_HOSTS[scattered++ % SUPPORT_HOSTS.length]}/page/${supportPage++}`);
  }
  for (const url of visits)
    if (PROTECTED_PATTERN.test(url) !== isProtectedUrl(url)) throw new Error(`${url}: protected or not?`);
  const protectedList = visits.filter((url) => PROTECTED_PATTERN.test(url));
  return {
    visits,
    unrelatedVisits: visits.length - protectedList.length,
    protectedVisits: protectedList.length,
    protectedUrls: new Set(protectedList).size,
  };
}
