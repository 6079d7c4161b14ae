/**
 * Firefox keeps a page in a tab's back/forward list after its history is
 * deleted (Chromium removes it with the history). So in Firefox the tabs that
 * have shown a protected page are remembered, as tab ids only, in
 * `storage.session` (memory, gone when the browser closes): the exit closes
 * them, and the automatic clean replaces them with a fresh tab on the same
 * page. Their "Recently closed" entries hold the same back list, so those go too.
 */
import { browser, type Browser } from 'wxt/browser';
import { isFirefox } from '@/utils/shared/browser-kind';
import { oneAtATime } from '../one-at-a-time';

const KEY = 'tabsWithProtectedPagesBehind';
const RECORD_ATTEMPTS = 10;
const RECORD_WAIT_MS = 100;

type Sessions = typeof browser.sessions & {
  forgetClosedTab?: (windowId: number, sessionId: string) => Promise<void>;
};

/** Only Firefox needs this, and only where storage.session exists. */
const session = () => (isFirefox() ? browser.storage.session : undefined);

async function read(): Promise<number[]> {
  const stored = await session()
    ?.get(KEY)
    .catch(() => undefined);
  const ids = stored?.[KEY];
  return Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number') : [];
}

async function write(ids: number[]): Promise<void> {
  await session()
    ?.set({ [KEY]: ids })
    .catch(() => undefined);
}

/** Tab ids whose back/forward list may hold a protected page (always empty outside Firefox). */
export async function tabsWithProtectedBackList(): Promise<ReadonlySet<number>> {
  return new Set(await read());
}

const inTurn = oneAtATime();
/** One change at a time: a read-modify-write must not lose another's. */
const change = (edit: (ids: number[]) => number[]) =>
  inTurn(async () => {
    if (!session()) return;
    const ids = await read();
    const next = edit(ids);
    if (next.length !== ids.length) await write(next);
  });

/** A tab committed a protected page: from now on its back list may hold one. */
export const rememberProtectedVisit = (tabId: number) => change((ids) => (ids.includes(tabId) ? ids : [...ids, tabId]));

export const forgetTab = (tabId: number) => change((ids) => ids.filter((id) => id !== tabId));

/**
 * After such tabs were closed: forget their "Recently closed" entries (the
 * newest entry with the same window and address), which would bring the back
 * list back. Firefox only; elsewhere there is nothing to do.
 */
export async function forgetClosedEntries(closed: readonly Browser.tabs.Tab[]): Promise<void> {
  const sessions = browser.sessions as Sessions | undefined;
  if (closed.length === 0 || !sessions?.forgetClosedTab) return;
  let left = [...closed];
  // Firefox may record a closed tab a moment after `tabs.remove` resolves: look again a few times.
  for (let attempt = 0; left.length > 0 && attempt < RECORD_ATTEMPTS; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RECORD_WAIT_MS));
    const recent: Browser.sessions.Session[] = await sessions.getRecentlyClosed({});
    const still: Browser.tabs.Tab[] = [];
    for (const tab of left) {
      const index = recent.findIndex(
        (s) => s.tab?.sessionId && s.tab.url === tab.url && s.tab.windowId === tab.windowId,
      );
      const entry = recent[index]?.tab;
      if (!entry) {
        still.push(tab);
        continue;
      }
      await sessions.forgetClosedTab(entry.windowId, entry.sessionId!);
      recent.splice(index, 1);
    }
    left = still;
  }
}

/** A tab can reopen its page only if it is an ordinary web page; otherwise a new tab page. */
const reopenable = (url: string | undefined) => (url && /^https?:\/\//.test(url) ? url : undefined);

/**
 * Replaces each tab with a fresh one on the same page, in the same place (a new
 * tab has an empty back list), then closes it and forgets its closed entry.
 * The new tab opens first, so no window is ever left empty.
 */
export async function replaceTabs(tabs: readonly Browser.tabs.Tab[]): Promise<void> {
  const closed: Browser.tabs.Tab[] = [];
  for (const listed of tabs) {
    // Read again: its place may have moved since it was listed.
    const tab = listed.id === undefined ? undefined : await browser.tabs.get(listed.id).catch(() => undefined);
    if (tab?.id === undefined) continue;
    await browser.tabs.create({
      url: reopenable(tab.url),
      windowId: tab.windowId,
      index: tab.index,
      active: tab.active,
      // Only when pinned: Firefox for Android has no pinned tabs.
      ...(tab.pinned && { pinned: true }),
    });
    await browser.tabs.remove(tab.id);
    closed.push(tab);
  }
  await forgetClosedEntries(closed);
}
