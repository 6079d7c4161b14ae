/**
 * The settings the way out needs, held in memory by the background and kept
 * current as they change, so an exit reads nothing from storage: they are read
 * once when the worker starts (an exit that wakes the worker waits only for that
 * read, which runs alongside its own start) and updated on every change.
 */
import { usableDestination } from '@/utils/shared/destination';
import { destinationItem, readTriggers, triggersItem } from '@/utils/shared/settings';
import type { Triggers } from '@/utils/shared/triggers';

export interface LiveSettings {
  /** A web address, or undefined for the browser's new tab page. */
  destination(isProtected: (url: string) => boolean): Promise<string | undefined>;
  triggers(): Promise<Triggers>;
}

export function liveSettings(): LiveSettings {
  // Unreadable storage is as good as empty: the defaults.
  let destination: Promise<unknown> = destinationItem.getValue().catch(() => undefined);
  let triggers = readTriggers();
  destinationItem.watch((value) => (destination = Promise.resolve(value)));
  triggersItem.watch(() => (triggers = readTriggers()));
  return {
    destination: async (isProtected) => usableDestination(await destination, isProtected),
    triggers: () => triggers,
  };
}
