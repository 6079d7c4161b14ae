import type { Service } from '../types';
import { isGeneralPurposeHost } from './general-purpose';
import type { SupportSite, UkNation } from './types';

const ALL_NATIONS: readonly UkNation[] = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/** The UK nations a directory service's area names; a UK-wide area ("UK", "UK and Ireland") is all four. */
function nationsOf(area: string): UkNation[] {
  if (/\bUK\b/.test(area)) return [...ALL_NATIONS];
  const named = ALL_NATIONS.filter((nation) => area.includes(nation));
  // A county or town (the Dorset services) is in England.
  return named.length > 0 ? named : ['England'];
}

/** "www.x" and "x" are one site to the matcher: keep the first of the two. */
function withoutWwwTwins(scopes: readonly string[]): string[] {
  const seen = new Set<string>();
  return scopes.filter((scope) => {
    const key = scope.replace(/^www\./, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The helpline directory's services protect their own sites (`protect`): they
 * join the catalogue here, so there is one protected list, not two.
 */
export function sitesOfDirectory(services: readonly Service[]): SupportSite[] {
  return services
    .filter((service) => service.protect.length > 0)
    .map((service) => ({
      id: service.id,
      organisation: service.name,
      kind: service.protect.every((scope) => isGeneralPurposeHost(scope.split('/')[0]))
        ? 'shared-domain'
        : service.reach === 'local'
          ? 'local'
          : 'national',
      country: service.countries[0],
      ...(service.countries[0] === 'GB' && { nations: nationsOf(service.area) }),
      area: service.area,
      scopes: withoutWwwTwins(service.protect),
      sources: service.protectSources,
      checked: service.checked,
    }));
}
