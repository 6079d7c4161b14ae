import { describe, expect, it } from 'vitest';
import { spanOfVisits } from '@/utils/background/clean/history-span';

describe('spanOfVisits', () => {
  it('gives whole-millisecond bounds reaching to the end of the last millisecond for whole-millisecond times', () => {
    expect(spanOfVisits([1_796_000_000_209, 1_796_000_000_200, 1_796_000_000_205])).toEqual({
      startTime: 1_796_000_000_200,
      endTime: 1_796_000_000_210,
    });
  });

  it('gives a single visit reported in whole milliseconds the whole of its millisecond', () => {
    expect(spanOfVisits([1_796_000_000_200])).toEqual({ startTime: 1_796_000_000_200, endTime: 1_796_000_000_201 });
  });

  it('keeps microsecond times to within a few microseconds', () => {
    const { startTime, endTime } = spanOfVisits([1_796_000_000_200.137, 1_796_000_000_209.5]);
    expect(startTime).toBeLessThan(1_796_000_000_200.137);
    expect(startTime).toBeGreaterThan(1_796_000_000_200.13);
    expect(endTime).toBeGreaterThan(1_796_000_000_209.5);
    expect(endTime).toBeLessThan(1_796_000_000_209.51);
  });
});
