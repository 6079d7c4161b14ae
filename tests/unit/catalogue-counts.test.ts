/**
 * The README's "Which sites are protected" counts are the catalogue's own: a
 * change to data/support-sites/ that is not carried into the README fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { supportSites } from '@/data/support-sites';

const uk = supportSites.filter((site) => site.country === 'GB');
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Which sites are protected'));

/** The number written just before `words` in the README's section. */
function written(words: string): number {
  const found = new RegExp(`(\\d[\\d,]*)\\s+${words.replace(/ /g, '\\s+')}`).exec(section);
  if (!found) throw new Error(`The README's section has no "<number> ${words}"`);
  return Number(found[1]!.replace(/,/g, ''));
}

describe('the README says how many sites are protected', () => {
  const counted = {
    entries: uk.length,
    scopes: uk.reduce((sum, site) => sum + site.scopes.length, 0),
    national: uk.filter((site) => site.kind === 'national').length,
    shared: uk.filter((site) => site.kind === 'shared-domain').length,
    local: uk.filter((site) => site.kind === 'local').length,
    England: uk.filter((site) => site.nations?.includes('England')).length,
    Scotland: uk.filter((site) => site.nations?.includes('Scotland')).length,
    Wales: uk.filter((site) => site.nations?.includes('Wales')).length,
    'Northern Ireland': uk.filter((site) => site.nations?.includes('Northern Ireland')).length,
  };

  it('as the catalogue has it', () => {
    console.info(JSON.stringify(counted));
    expect({
      entries: written('entries'),
      scopes: written('scopes'),
      national: written('national organisations'),
      shared: written('abuse pages on shared'),
      local: written('local'),
      England: written('in England'),
      Scotland: written('in Scotland'),
      Wales: written('in Wales'),
      'Northern Ireland': written('in Northern Ireland'),
    }).toEqual(counted);
  });
});
