import type { SupportSite } from './types';

/** The abuse, stalking and safety pages of UK general-purpose sites, by path. */
export const ukSharedDomains: readonly SupportSite[] = [];
