/**
 * The stored state of the sites the person added: a salt and one code per
 * site (utils/shared/user-sites/hash.ts). The plain host names exist only in the
 * browser's own permission list and, briefly, in memory.
 */
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { isProtectedUrl } from '../protected-sites';
import { hostCode, newSalt } from './hash';
import { hostsOfPatterns } from './origins';

export interface UserSitesState {
  salt: string;
  codes: string[];
}

export const userSitesItem = storage.defineItem<UserSitesState | null>('local:userSites', {
  fallback: null,
  version: 1,
});

function isState(value: unknown): value is UserSitesState {
  const v = value as UserSitesState | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.salt === 'string' &&
    v.salt.length > 0 &&
    Array.isArray(v.codes) &&
    v.codes.every((c) => typeof c === 'string')
  );
}

/** The stored state, or an empty one with a fresh salt when nothing usable is stored. */
export async function readUserSitesState(): Promise<UserSitesState> {
  const stored = await userSitesItem.getValue().catch(() => null);
  return isState(stored) ? stored : { salt: newSalt(), codes: [] };
}

/**
 * Hosts the extension holds a permission for, from the browser's own list, less
 * the directory's sites (the content script's matches are in that list too, and
 * are never added by hand).
 */
export async function grantedHosts(): Promise<string[]> {
  const { origins } = await browser.permissions.getAll();
  return hostsOfPatterns(origins).filter((host) => !isProtectedUrl(`https://${host}/`));
}

/** The sites the person added that still have their permission: stored codes that match a granted host. */
export async function readUserSiteHosts(): Promise<string[]> {
  const state = await readUserSitesState();
  if (state.codes.length === 0) return [];
  const hosts = await grantedHosts();
  const codes = new Set(state.codes);
  const checked = await Promise.all(
    hosts.map(async (host) => (codes.has(await hostCode(state.salt, host)) ? host : '')),
  );
  return checked.filter(Boolean);
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Changes the stored codes, one change at a time (two quick adds must not
 * overwrite each other). Nothing is written when nothing changed, so a person who
 * never adds a site has nothing stored, not even a salt.
 */
function updateCodes(change: (state: UserSitesState, codes: Set<string>) => Promise<void>): Promise<void> {
  const next = writing.then(async () => {
    const state = await readUserSitesState();
    const codes = new Set(state.codes);
    await change(state, codes);
    const unchanged = codes.size === state.codes.length && state.codes.every((code) => codes.has(code));
    if (!unchanged) await userSitesItem.setValue({ salt: state.salt, codes: [...codes] });
  });
  writing = next.catch(() => undefined);
  return next;
}

export function rememberHosts(hosts: readonly string[]): Promise<void> {
  return updateCodes(async ({ salt }, codes) => {
    for (const host of hosts) codes.add(await hostCode(salt, host));
  });
}

export function forgetHosts(hosts: readonly string[]): Promise<void> {
  return updateCodes(async ({ salt }, codes) => {
    for (const host of hosts) codes.delete(await hostCode(salt, host));
  });
}

/** Drops codes whose permission is gone (taken back in the browser's own settings). */
export function keepOnlyGranted(): Promise<void> {
  return updateCodes(async ({ salt }, codes) => {
    const granted = new Set(await Promise.all((await grantedHosts()).map((host) => hostCode(salt, host))));
    for (const code of [...codes]) if (!granted.has(code)) codes.delete(code);
  });
}
