import { ukEntries } from './uk-entry';

/** The date every shared-domain scope in these files was last read against its sources. */
export const CHECKED_SHARED_DOMAINS = '2026-11-30';

/**
 * One organisation's abuse, stalking or safety pages on a general-purpose site
 * (government, the NHS, an advice charity, a council), protected by path only.
 */
export const sharedDomainPages = ukEntries('shared-domain', CHECKED_SHARED_DOMAINS);
