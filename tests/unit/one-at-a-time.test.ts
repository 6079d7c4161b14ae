import { describe, expect, it } from 'vitest';
import { oneAtATime } from '@/utils/background/one-at-a-time';

describe('oneAtATime', () => {
  it('runs jobs one after another, each with its own outcome, and goes on after a failure', async () => {
    const inTurn = oneAtATime();
    const log: string[] = [];
    const job =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([inTurn(job('a')), inTurn(job('b', true)), inTurn(job('c'))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[2]).toEqual({ status: 'fulfilled', value: 'c' });
  });
});
