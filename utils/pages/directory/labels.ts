import { i18n } from '#i18n';
import type { Category, Country } from '@/data/types';

/** The needs a person can filter by; their words are in the catalogue (directory.need.*). */
const CATEGORY_KEYS = {
  stalking: 'stalking',
  'domestic-abuse': 'domesticAbuse',
  men: 'men',
  lgbt: 'lgbt',
  'sexual-violence': 'sexualViolence',
  children: 'children',
  'forced-marriage': 'forcedMarriage',
  housing: 'housing',
  legal: 'legal',
  'online-abuse': 'onlineAbuse',
  'emotional-support': 'emotionalSupport',
  'own-behaviour': 'ownBehaviour',
  police: 'police',
  'victim-support': 'victimSupport',
  privacy: 'privacy',
  'hate-crime': 'hateCrime',
} as const satisfies Record<Category, string>;

export const CATEGORIES = Object.keys(CATEGORY_KEYS) as Category[];

export function categoryLabel(category: Category): string {
  return i18n.t(`directory.need.${CATEGORY_KEYS[category]}`);
}

export const COUNTRIES: readonly Country[] = ['GB', 'IE', 'US', 'CA', 'AU', 'NZ'];

export function countryName(country: Country): string {
  return i18n.t(`directory.country.${country}`);
}
