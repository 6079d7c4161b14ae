import type { BrowserFound } from './find-browser.mjs';

export type Piece = 'chromium' | 'firefox' | 'xvfb-run' | 'xauth' | 'xdotool' | 'openssl';
export type Command = 'start' | 'test';

export const PIECES: Record<Piece, { package: string; name: string }>;
export const TOOLS: Piece[];
export function piecesFor(command: Command, hasDisplay: boolean): Piece[];
export function isDebianLike(osRelease: string): boolean;

export interface SetupState {
  command: Command;
  hasDisplay: boolean;
  chromium: BrowserFound;
  firefox: BrowserFound;
  tools: Partial<Record<Piece, boolean>>;
  system: { apt: boolean; root: boolean; debianLike: boolean };
  mayInstall?: boolean;
}

export type SetupStep =
  { action: 'ready' } | { action: 'install'; packages: string[] } | { action: 'stop'; message: string };

export function plan(state: SetupState): SetupStep;
