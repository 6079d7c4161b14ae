import { describe, expect, it } from 'vitest';
import { exitTimes, type TargetEvent } from '../../bench/exit-timeline';

const DESTINATION = 'https://www.bbc.co.uk/weather';
const watch = { since: 1000, sourceTab: 'B', supportTabs: ['A', 'B'], destination: DESTINATION };
const page = (at: number, kind: TargetEvent['kind'], targetId: string, url?: string): TargetEvent =>
  kind === 'destroyed' ? { at, kind, targetId } : { at, kind, targetId, type: 'page', url };

describe('the benchmark’s reading of an exit from target events', () => {
  it('is safe once the destination tab exists and the last support tab has closed', () => {
    const times = exitTimes(
      [page(1050, 'created', 'D', DESTINATION), page(1080, 'destroyed', 'A'), page(1120, 'destroyed', 'B')],
      watch,
    );
    expect(times).toMatchObject({ destinationTab: 1050, destinationVisible: 1050, lastSupportGone: 1120, safe: 1120 });
  });

  it('counts the pressed tab as gone, and the destination as showing, once it commits the destination', () => {
    const times = exitTimes(
      [
        page(1060, 'changed', 'B', DESTINATION),
        page(1090, 'destroyed', 'A'),
        page(1100, 'created', 'D', DESTINATION),
        page(1150, 'destroyed', 'B'),
      ],
      watch,
    );
    expect(times).toMatchObject({ sourceAtDestination: 1060, destinationVisible: 1060, lastSupportGone: 1090 });
    expect(times.safe).toBe(1090);
  });

  it('waits for the destination when the support tabs went first', () => {
    const times = exitTimes(
      [page(1030, 'destroyed', 'A'), page(1040, 'destroyed', 'B'), page(1070, 'created', 'D', DESTINATION)],
      watch,
    );
    expect(times.safe).toBe(1070);
  });

  it('is not safe while a support tab is still open', () => {
    const times = exitTimes([page(1050, 'created', 'D', DESTINATION), page(1080, 'destroyed', 'B')], watch);
    expect(times.lastSupportGone).toBeUndefined();
    expect(times.safe).toBeUndefined();
  });

  it('ignores what happened before the press, and tabs opened elsewhere', () => {
    const times = exitTimes(
      [
        page(900, 'created', 'old', DESTINATION),
        page(950, 'destroyed', 'A'),
        page(1010, 'created', 'E', 'https://news.example.org/today'),
        page(1200, 'destroyed', 'A'),
        page(1210, 'destroyed', 'B'),
      ],
      watch,
    );
    expect(times.destinationTab).toBeUndefined();
    expect(times.lastSupportGone).toBe(1210);
    expect(times.safe).toBeUndefined();
  });

  it('reads GOV.UK’s component as one tab reaching the destination', () => {
    const times = exitTimes(
      [page(1000, 'changed', 'G', 'https://news.example.org/today'), page(1240, 'changed', 'G', DESTINATION)],
      {
        since: 1000,
        sourceTab: 'G',
        supportTabs: ['G'],
        destination: DESTINATION,
      },
    );
    expect(times).toMatchObject({ destinationTab: undefined, sourceAtDestination: 1240, safe: 1240 });
  });

  it('notes the destination tab’s first change after it opened', () => {
    const times = exitTimes(
      [
        page(1050, 'created', 'D', DESTINATION),
        page(1060, 'destroyed', 'A'),
        page(1070, 'destroyed', 'B'),
        page(1300, 'changed', 'D', DESTINATION),
      ],
      watch,
    );
    expect(times.destinationTabChanged).toBe(1300);
  });
});
