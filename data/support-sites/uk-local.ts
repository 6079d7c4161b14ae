import type { SupportSite } from './types';
import { ukLocalEngland } from './uk-local-england';
import { ukLocalNorthernIreland } from './uk-local-northern-ireland';
import { ukLocalScotland } from './uk-local-scotland';
import { ukLocalWales } from './uk-local-wales';

/**
 * Local UK services on their own domains, by nation: Women's Aid groups, Rape
 * Crisis centres, IDVA, refuge and stalking-advocacy services, and local
 * by-and-for services.
 */
export const ukLocal: readonly SupportSite[] = [
  ...ukLocalEngland,
  ...ukLocalScotland,
  ...ukLocalWales,
  ...ukLocalNorthernIreland,
];
