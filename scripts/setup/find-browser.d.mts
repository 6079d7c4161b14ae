export interface Lookups {
  env: Record<string, string | undefined>;
  platform: string;
  home: string;
  /** True for an existing file that may be run. */
  isExecutable(path: string): boolean;
  /** The names in a folder; none when it does not exist. */
  list(dir: string): string[];
}

export type BrowserFound =
  | { found: true; path: string; where: string }
  | { found: false; reason: 'variable-missing' | 'chrome-stable-only' | 'not-found'; message: string };

export function systemLookups(): Lookups;
export function onPath(look: Lookups, name: string): string | undefined;
export function findChromium(look: Lookups): BrowserFound;
export function findFirefox(look: Lookups): BrowserFound;
export function chromiumPath(): string;
export function firefoxPath(): string;
