/**
 * What the browser's tab strip did after a press, read from the DevTools target
 * events the browser sends to a discovering (not attached) client: when the
 * destination showed, when the last support tab left, and the later of the two,
 * when the person is safe.
 */
import type { Protocol } from 'puppeteer-core';
import type { Connection } from 'puppeteer-core';

export interface TargetEvent {
  /** performance.now() when the event reached this process. */
  at: number;
  kind: 'created' | 'changed' | 'destroyed';
  targetId: string;
  type?: string;
  url?: string;
}

export interface ExitTimes {
  /** A new tab (not a support tab) showing the destination. */
  destinationTab?: number;
  /** The destination tab's first change after it was created (its page, here an error page, committing). */
  destinationTabChanged?: number;
  /** The tab the press was in, committed to the destination. */
  sourceAtDestination?: number;
  /** The earlier of the two: the destination is what the person sees. */
  destinationVisible?: number;
  /** Each support tab closed or navigated to the destination; the last of them. */
  lastSupportGone?: number;
  /** The later of destinationVisible and lastSupportGone. */
  safe?: number;
}

const earliest = (times: (number | undefined)[]) => {
  const known = times.filter((t): t is number => t !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
};

export function exitTimes(
  events: TargetEvent[],
  watch: { since: number; sourceTab: string; supportTabs: string[]; destination: string },
): ExitTimes {
  const after = events.filter((e) => e.at >= watch.since);
  const atDestination = (e: TargetEvent) => e.kind !== 'destroyed' && !!e.url?.startsWith(watch.destination);
  const destinationTab = after.find(
    (e) => atDestination(e) && e.type === 'page' && !watch.supportTabs.includes(e.targetId),
  )?.at;
  const openedTab = after.find((e) => e.at === destinationTab && atDestination(e))?.targetId;
  const destinationTabChanged = after.find(
    (e) => e.targetId === openedTab && e.kind === 'changed' && destinationTab !== undefined && e.at > destinationTab,
  )?.at;
  const leftAt = (tab: string) =>
    earliest([
      after.find((e) => e.targetId === tab && e.kind === 'destroyed')?.at,
      after.find((e) => e.targetId === tab && atDestination(e))?.at,
    ]);
  const sourceAtDestination = after.find((e) => e.targetId === watch.sourceTab && atDestination(e))?.at;
  const destinationVisible = earliest([destinationTab, sourceAtDestination]);
  const gone = watch.supportTabs.map(leftAt);
  const lastSupportGone = gone.every((t) => t !== undefined) ? Math.max(...(gone as number[])) : undefined;
  const safe =
    destinationVisible !== undefined && lastSupportGone !== undefined
      ? Math.max(destinationVisible, lastSupportGone)
      : undefined;
  return { destinationTab, destinationTabChanged, sourceAtDestination, destinationVisible, lastSupportGone, safe };
}

/** Records every target event from now on; `events` grows as they arrive. */
export function recordTargetEvents(connection: Connection): { events: TargetEvent[]; stop(): void } {
  const events: TargetEvent[] = [];
  const info = (kind: TargetEvent['kind']) => (event: { targetInfo: Protocol.Target.TargetInfo }) =>
    events.push({
      at: performance.now(),
      kind,
      targetId: event.targetInfo.targetId,
      type: event.targetInfo.type,
      url: event.targetInfo.url,
    });
  const created = info('created');
  const changed = info('changed');
  const destroyed = (event: { targetId: string }) =>
    events.push({ at: performance.now(), kind: 'destroyed', targetId: event.targetId });
  connection.on('Target.targetCreated', created);
  connection.on('Target.targetInfoChanged', changed);
  connection.on('Target.targetDestroyed', destroyed);
  return {
    events,
    stop() {
      connection.off('Target.targetCreated', created);
      connection.off('Target.targetInfoChanged', changed);
      connection.off('Target.targetDestroyed', destroyed);
    },
  };
}
