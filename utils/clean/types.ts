/** Decides whether a URL belongs to a protected site. */
export type SiteMatcher = (url: string | undefined) => boolean;

/**
 * One kind of trace the exit removes. Each lives in its own file with this shape,
 * so a new trace is one new file plus one line in ./index.ts.
 */
export interface Cleaner {
  name: string;
  /** Removes the trace for every protected site; returns how many items went. */
  run(isProtected: SiteMatcher): Promise<number>;
}
