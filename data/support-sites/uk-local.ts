import type { SupportSite } from './types';

/** Local UK services: Women's Aid groups, Rape Crisis centres, IDVA, refuge and stalking-advocacy services. */
export const ukLocal: readonly SupportSite[] = [];
