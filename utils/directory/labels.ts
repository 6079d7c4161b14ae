import type { Category, Country } from '@/data/types';

/** The needs a person can filter by, in the words shown to them. */
export const CATEGORY_LABELS: Record<Category, string> = {
  stalking: 'Stalking',
  'domestic-abuse': 'Domestic abuse',
  men: 'Men',
  lgbt: 'LGBT+',
  'sexual-violence': 'Sexual violence',
  children: 'Children and young people',
  'forced-marriage': 'Forced marriage and honour-based abuse',
  housing: 'Housing',
  legal: 'Legal help and injunctions',
  'online-abuse': 'Online abuse and image abuse',
  'emotional-support': 'Emotional support',
  'own-behaviour': 'Worried about your own behaviour',
  police: 'Reporting to police',
  'victim-support': 'Victims of crime',
  privacy: 'Privacy and your address',
  'hate-crime': 'Hate crime',
};

export const COUNTRY_NAMES: Record<Country, string> = {
  GB: 'United Kingdom',
  IE: 'Ireland',
  US: 'United States',
  CA: 'Canada',
  AU: 'Australia',
  NZ: 'New Zealand',
};
