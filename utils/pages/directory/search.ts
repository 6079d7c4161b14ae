/** Finding services in the directory: by country, need and typed words. */
import type { Category, Country, Service } from '@/data/types';
import { fold } from '@/utils/shared/fold';
import { categoryLabel } from './labels';

export interface DirectoryQuery {
  text: string;
  need: Category | 'any';
  country: Country | 'all';
}

/** What a typed word is matched against: name, description and the names of its needs. */
function searchableText(service: Service): string {
  return fold([service.name, service.description, service.area, ...service.categories.map(categoryLabel)].join(' '));
}

const REACH_ORDER: Record<Service['reach'], number> = { country: 0, part: 1, local: 2 };

/**
 * The services that match, whole-country services first, then those for part of
 * it, then local ones; otherwise in the directory's own order. Every typed word
 * must match.
 */
export function findServices(services: readonly Service[], query: DirectoryQuery): Service[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  return services
    .filter((s) => query.country === 'all' || s.countries.includes(query.country))
    .filter((s) => query.need === 'any' || s.categories.includes(query.need))
    .filter((s) => {
      if (words.length === 0) return true;
      const text = searchableText(s);
      return words.every((word) => text.includes(word));
    })
    .map((service, index) => ({ service, index }))
    .sort((a, b) => REACH_ORDER[a.service.reach] - REACH_ORDER[b.service.reach] || a.index - b.index)
    .map(({ service }) => service);
}
