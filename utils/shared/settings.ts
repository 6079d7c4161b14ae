/**
 * Every stored item, in one place. Nothing here records which sites were visited:
 * the only state about an exit is whether a clean is still owed.
 */
import { storage } from '#imports';
import { DEFAULT_DESTINATION, DESTINATION_KEY, migrateDestinationV2, type StoredDestination } from './destination';
import { flagsOrDefaults } from './flags';
import { DEFAULT_TRIGGERS, TRIGGERS_KEY, type Triggers } from './triggers';

/** Read it through `usableDestination`: storage may hold anything. */
export const destinationItem = storage.defineItem<StoredDestination>(`local:${DESTINATION_KEY}`, {
  fallback: { url: DEFAULT_DESTINATION },
  version: 2,
  migrations: { 2: migrateDestinationV2 },
});

/**
 * Set when an exit starts and removed (key and all) when its clean has finished,
 * so a clean cut short by a crash is finished at the next start, and storage
 * between exits holds no sign that one happened.
 */
export const cleanPendingItem = storage.defineItem<boolean>('local:cleanPending', {
  fallback: false,
  version: 1,
});

/** What the exit cleans. History covers "Recently closed" too. */
export interface CleanSettings {
  history: boolean;
  searches: boolean;
  siteData: boolean;
  downloads: boolean;
}

export const DEFAULT_CLEAN_SETTINGS: CleanSettings = { history: true, searches: true, siteData: true, downloads: true };

export const cleanSettingsItem = storage.defineItem<CleanSettings>('local:cleanSettings', {
  fallback: DEFAULT_CLEAN_SETTINGS,
  version: 1,
});

/** The clean settings to use now: anything missing or not a boolean takes its default. */
export async function readCleanSettings(): Promise<CleanSettings> {
  return flagsOrDefaults(await cleanSettingsItem.getValue().catch(() => undefined), DEFAULT_CLEAN_SETTINGS);
}

/** Which ways of leaving are on (the content script reads the same key directly). */
export const triggersItem = storage.defineItem<Triggers>(`local:${TRIGGERS_KEY}`, {
  fallback: DEFAULT_TRIGGERS,
  version: 1,
});

export async function readTriggers(): Promise<Triggers> {
  return flagsOrDefaults(await triggersItem.getValue().catch(() => undefined), DEFAULT_TRIGGERS);
}

/** Discreet mode (utils/background/discreet-mode.ts): off unless chosen. */
export const discreetModeItem = storage.defineItem<boolean>('local:discreetMode', {
  fallback: false,
  version: 1,
});

export async function readDiscreetMode(): Promise<boolean> {
  return (await discreetModeItem.getValue().catch(() => false)) === true;
}

/** Whether the first-run page has been shown (utils/background/first-run.ts). */
export const firstRunShownItem = storage.defineItem<boolean>('local:firstRunShown', {
  fallback: false,
  version: 1,
});

/** Cleaning without an exit (utils/background/auto-clean): when the last tab on a support site closes. */
export interface AutoCleanSettings {
  afterLastTab: boolean;
}

export const DEFAULT_AUTO_CLEAN: AutoCleanSettings = { afterLastTab: true };

export const autoCleanItem = storage.defineItem<AutoCleanSettings>('local:autoClean', {
  fallback: DEFAULT_AUTO_CLEAN,
  version: 1,
});

export async function readAutoClean(): Promise<AutoCleanSettings> {
  return flagsOrDefaults(await autoCleanItem.getValue().catch(() => undefined), DEFAULT_AUTO_CLEAN);
}

/**
 * Seconds to wait after the last support tab closes, so a tab closed by mistake
 * can be reopened from "Recently closed". Kept short: a service worker with
 * nothing to do is stopped after about 30 s, and a wait cut short that way is
 * made up at the worker's next start.
 */
export const GRACE_CHOICES = [0, 10, 20] as const;

export const autoCleanGraceItem = storage.defineItem<number>('local:autoCleanGrace', {
  fallback: 0,
  version: 1,
});

export async function readAutoCleanGrace(): Promise<number> {
  const stored = await autoCleanGraceItem.getValue().catch(() => 0);
  return (GRACE_CHOICES as readonly unknown[]).includes(stored) ? stored : 0;
}

/**
 * Set while a support-site tab is open (or its traces are not yet removed) with
 * the automatic clean on; removed once the clean after it has finished. It says
 * only that a clean is due, never which site, and it exists so that a browser
 * closed with a support tab open is cleaned at its next start: by then the
 * history it stands for is on disk anyway.
 */
export const cleanDueItem = storage.defineItem<boolean>('local:cleanDue');
