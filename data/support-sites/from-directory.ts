import type { Service } from '../types';
import { isGeneralPurposeHost } from './general-purpose';
import type { SupportSite } from './types';

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
      area: service.area,
      scopes: withoutWwwTwins(service.protect),
      sources: service.protectSources,
      checked: service.checked,
    }));
}
