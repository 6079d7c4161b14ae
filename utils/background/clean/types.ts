import type { CleanerName } from '@/utils/shared/clean-report';
import type { SiteScope } from '@/utils/shared/protected-sites';
import type { SearchPage } from './search-pages';

/** Decides whether a URL belongs to a protected site. */
export type SiteMatcher = (url: string | undefined) => boolean;

/** A protected URL as history reports it. */
export interface ProtectedEntry {
  url: string;
  lastVisitTime: number;
  visitCount: number;
}

/** What one pass over the whole history found; shared by the cleaners that need it. */
export interface HistoryScan {
  /** Every URL in history that is on a protected site (the runs below, flattened). */
  protectedUrls: string[];
  /**
   * The same entries in runs: entries next to each other in history (by last
   * visit) with no other site between them, such as a session spent on support
   * sites. Newest first.
   */
  protectedRuns: ProtectedEntry[][];
  /** Every search-engine result page in history, parsed. */
  searchPages: { url: string; page: SearchPage }[];
}

export interface CleanContext {
  isProtected: SiteMatcher;
  /** The protected sites as scopes (host, path), for APIs that work by origin. */
  scopes: readonly SiteScope[];
  /** The history scan, made at most once per clean. */
  history(): Promise<HistoryScan>;
  /**
   * The visits every visit to a protected URL came from (`referringVisitId`),
   * read once per clean. They go with the protected visits, so the history
   * cleaner reads them before it deletes anything.
   */
  referrers(): Promise<ReadonlySet<string>>;
}

/**
 * The browser APIs the cleaners use. Firefox for Android has no history,
 * sessions or downloads for extensions; Safari lacks browsingData too.
 */
export type BrowserApi = 'history' | 'sessions' | 'browsingData' | 'downloads';

/**
 * One kind of trace the exit removes. Each lives in its own file with this shape,
 * so a new trace is one new file plus one line in ./index.ts.
 */
export interface Cleaner {
  name: CleanerName;
  /** Without any of these, the cleaner cannot run in this browser. */
  needs: readonly BrowserApi[];
  /** Removes the trace for every protected site; returns how many items went. */
  run(context: CleanContext): Promise<number>;
}
