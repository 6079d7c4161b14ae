import { describe, expect, it } from 'vitest';
import { summariseClean } from '@/utils/pages/clean-summary';

describe('summariseClean', () => {
  it('says what went, in plain words', () => {
    expect(
      summariseClean({
        removed: { history: 214, searches: 3, 'closed-tabs': 0, 'site-data': 5, downloads: 1 },
        failed: [],
        unavailable: [],
        milliseconds: 40,
      }),
    ).toBe('Removed 214 pages from history, 3 searches, data of 5 sites, 1 download.');
    expect(summariseClean({ removed: { history: 1 }, failed: [], unavailable: [], milliseconds: 1 })).toBe(
      'Removed 1 page from history.',
    );
  });

  it('says when there was nothing to remove', () => {
    expect(summariseClean({ removed: { history: 0, searches: 0 }, failed: [], unavailable: [], milliseconds: 1 })).toBe(
      'Nothing to remove.',
    );
  });

  it('says when the clean did not complete, without naming what failed', () => {
    const text = summariseClean({ removed: { searches: 2 }, failed: ['history'], unavailable: [], milliseconds: 1 });
    expect(text).toBe(
      'Removed 2 searches. The clean did not complete: try again, or clear history in the browser’s settings.',
    );
  });

  it('says what this browser does not let it remove, and that the clean is otherwise finished', () => {
    const text = summariseClean({
      removed: { 'site-data': 2 },
      failed: [],
      unavailable: ['searches', 'history', 'closed-tabs', 'downloads'],
      milliseconds: 1,
    });
    expect(text).toBe(
      'Removed data of 2 sites. This browser does not let Quick Exit remove history, searches, recently closed tabs or the downloads list: clear them in the browser’s settings.',
    );
  });
});
