import { describe, expect, it } from 'vitest';
import { services } from '@/data/services';
import { fold } from '@/utils/shared/fold';
import { findServices, type DirectoryQuery } from '@/utils/pages/directory/search';

const ids = (query: Partial<DirectoryQuery>) =>
  findServices(services, { text: '', need: 'any', country: 'all', ...query }).map((s) => s.id);

describe('findServices', () => {
  it('lists everything for an empty query', () => {
    expect(ids({})).toHaveLength(services.length);
  });

  it('narrows by typed words in the name, description or need, ignoring case and accents', () => {
    expect(ids({ text: 'STALKING' })).toEqual(expect.arrayContaining(['national-stalking-helpline', 'paladin']));
    expect(ids({ text: 'stalking' })).not.toContain('childline');
    expect(ids({ text: 'samaritáns' })).toEqual(['samaritans']);
    expect(ids({ text: 'injunction' })).toContain('ncdv');
    expect(ids({ text: 'honour-based' })).toEqual(expect.arrayContaining(['karma-nirvana', 'forced-marriage-unit']));
  });

  it('needs every word to match', () => {
    expect(ids({ text: 'men abuse' })).toEqual(expect.arrayContaining(['mens-advice-line', 'ie-male-advice-line']));
    expect(ids({ text: 'men abuse' })).not.toContain('galop');
    expect(ids({ text: 'stalking xyzzy' })).toEqual([]);
  });

  it('filters by need and by country', () => {
    expect(ids({ need: 'men', country: 'GB' })).toEqual(['mens-advice-line', 'mankind-initiative', 'survivorsuk']);
    expect(ids({ country: 'US' })).toEqual(['cyber-helpline', 'us-ndvh']);
    expect(ids({ country: 'IE' })).toEqual(['samaritans', 'ie-womens-aid', 'ie-male-advice-line']);
  });

  it('lists whole-country services before regional and local ones', () => {
    const uk = ids({ country: 'GB' });
    expect(uk.indexOf('national-stalking-helpline')).toBeLessThan(uk.indexOf('live-fear-free'));
    expect(uk.indexOf('live-fear-free')).toBeLessThan(uk.indexOf('dorset-police'));
    expect(uk.at(-1)).toMatch(/dorset|paragon/);
  });
});

describe('fold', () => {
  it('removes accents and case', () => {
    expect(fold('Café RÉFUGE')).toBe('cafe refuge');
  });
});
