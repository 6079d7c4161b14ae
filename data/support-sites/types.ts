import type { Country } from '../types';

/**
 * national: an organisation whose whole site is about support (protected whole).
 * shared-domain: the abuse, stalking or safety pages of a general-purpose site
 *   (government, NHS, police, councils, advice charities), protected by path only.
 * local: a local service (a Women's Aid group, a Rape Crisis centre, an IDVA or
 *   stalking-advocacy service), protected whole unless it lives on a shared domain.
 */
export type SiteKind = 'national' | 'shared-domain' | 'local';

export type UkNation = 'England' | 'Scotland' | 'Wales' | 'Northern Ireland';

/** One organisation's sites in the catalogue of protected sites. */
export interface SupportSite {
  /** Stable, unique, kebab-case. */
  id: string;
  organisation: string;
  kind: SiteKind;
  country: Country;
  /** The UK nations it serves (UK entries only). */
  nations?: readonly UkNation[];
  /** Where it works, in words ("UK", "Scotland", "Dorset"). */
  area: string;
  /**
   * "host" (the whole site) or "host/path" (that page and the pages under it).
   * Exact hosts, lower case, no scheme and no wildcard; "www." and the bare host
   * are the same site (the matcher adds the other one).
   */
  scopes: readonly string[];
  /** The public pages, actually read, that show these sites belong to the organisation. */
  sources: readonly string[];
  /** When the scopes were last checked against their sources (YYYY-MM-DD). */
  checked: string;
}
