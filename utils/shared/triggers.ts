/**
 * Which ways of leaving are on. Kept apart from utils/shared/settings.ts so the content
 * script can read them without WXT's storage layer.
 */
export const TRIGGERS_KEY = 'triggers';

export interface Triggers {
  /** The "Exit this page" button on protected sites. */
  button: boolean;
  /** Shift pressed three times on protected sites. */
  shiftKeys: boolean;
  /** The browser shortcut (Alt+Shift+Q unless changed). */
  shortcut: boolean;
}

export const DEFAULT_TRIGGERS: Triggers = { button: true, shiftKeys: true, shortcut: true };
