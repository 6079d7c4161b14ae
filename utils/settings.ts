/**
 * Every stored item, in one place. Nothing here records which sites were visited:
 * the only state about an exit is whether a clean is still owed.
 */
import { storage } from '#imports';
import { DEFAULT_DESTINATION } from './destination';

/** Read it through `usableDestination`: storage may hold anything. */
export const destinationItem = storage.defineItem<string>('local:destination', {
  fallback: DEFAULT_DESTINATION,
  version: 1,
});

/** Set when an exit starts, cleared when its clean has finished, so a clean cut short by a crash is finished at the next start. */
export const cleanPendingItem = storage.defineItem<boolean>('local:cleanPending', {
  fallback: false,
  version: 1,
});
