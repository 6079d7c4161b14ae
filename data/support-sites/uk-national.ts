import type { SupportSite } from './types';

/** UK-wide and nation-wide support organisations not already in the helpline directory. */
export const ukNational: readonly SupportSite[] = [];
