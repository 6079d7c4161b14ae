/**
 * The one rule for hosts of large shared platforms (data/shared-platforms.ts) and
 * general-purpose sites (data/support-sites/general-purpose.ts): whether a person
 * may add a host as a support site, and whether its cookies may ever be cleared.
 */
import { getDomain } from 'tldts';
import { ONE_HOST_PLATFORMS, SUBDOMAIN_PLATFORMS } from '../../data/shared-platforms';
import { isGeneralPurposeHost } from '../../data/support-sites/general-purpose';

const under = (host: string, domain: string) => host === domain || host.endsWith('.' + domain);
const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** The platform a host belongs to, if any. */
export function sharedPlatformOf(host: string): string | undefined {
  const h = bare(host);
  return [...ONE_HOST_PLATFORMS, ...SUBDOMAIN_PLATFORMS].find((domain) => under(h, domain));
}

/** Why a person may not add this host as a whole site, if they may not. */
export type NotAddable = 'platform' | 'general-purpose';

/**
 * Never a one-host platform (any of its hosts, such as groups.google.com), never a
 * platform's own host; a person's site on its own subdomain of a platform, yes.
 * Never a general-purpose site (GOV.UK, the NHS, a police force, a council, a
 * bank, a newspaper), whose abuse pages the catalogue protects by path: adding
 * the whole host would remove every visit to it from history.
 */
export function whyHostCannotBeAdded(host: string): NotAddable | undefined {
  const h = bare(host);
  if (ONE_HOST_PLATFORMS.some((domain) => under(h, domain))) return 'platform';
  if (SUBDOMAIN_PLATFORMS.includes(h)) return 'platform';
  if (isGeneralPurposeHost(h)) return 'general-purpose';
  return undefined;
}

export function canAddHost(host: string): boolean {
  return whyHostCannotBeAdded(host) === undefined;
}

/** Whether a host lies under a general-purpose domain (reportandsupport.ed.ac.uk under ed.ac.uk). */
function isUnderGeneralPurposeDomain(host: string): boolean {
  const labels = bare(host).split('.');
  for (let first = 1; first < labels.length - 1; first++)
    if (isGeneralPurposeHost(labels.slice(first).join('.'))) return true;
  return false;
}

/**
 * Whether the clean must keep this host's cookies and storage: every host on a
 * shared platform, and a dedicated site under a general-purpose domain
 * (reportandsupport.ed.ac.uk): Chromium would clear the cookies of the whole
 * domain with it, signing the person out of their university's portal, which is
 * noticed. (Parent domains, not the Public Suffix List: the list would add 100 KB
 * to the service worker, and general-purpose domains are registrable domains.)
 */
export function keepsSiteData(host: string): boolean {
  return sharedPlatformOf(host) !== undefined || isUnderGeneralPurposeDomain(host);
}

/**
 * What clearing this host's cookies also clears: Chromium removes cookies for the
 * whole registrable domain (mail.example.com goes with forum.example.com). The
 * public registry part only (co.uk, com), so the answer is never smaller than
 * what the browser clears.
 */
export function cookieDomainOf(host: string): string {
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}
