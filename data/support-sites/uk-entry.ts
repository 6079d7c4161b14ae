import type { SiteKind, SupportSite, UkNation } from './types';

/** What a UK catalogue file writes for each entry; the kind, country and date come from its builder. */
export interface UkEntry {
  id: string;
  organisation: string;
  nations: readonly UkNation[];
  area: string;
  scopes: readonly string[];
  sources: readonly string[];
}

/** The builder for a file's UK entries of one kind, all checked on one date. */
export function ukEntries(kind: SiteKind, checked: string): (entry: UkEntry) => SupportSite {
  return (entry) => ({ ...entry, kind, country: 'GB', checked });
}
