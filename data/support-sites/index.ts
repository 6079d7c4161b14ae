/**
 * The catalogue of protected sites: the one source of the protected list (the
 * content script's matches, the exit, the clean). The helpline directory's own
 * sites join it through `sitesOfDirectory`.
 */
import { services } from '../services';
import { sitesOfDirectory } from './from-directory';
import { quickExitOwn } from './quick-exit-own';
import type { SupportSite } from './types';
import { ukBanks } from './uk-banks';
import { ukCouncils } from './uk-councils';
import { ukGovernment } from './uk-government';
import { ukHealthAndAdvice } from './uk-health-and-advice';
import { ukLocal } from './uk-local';
import { ukNational } from './uk-national';
import { ukPolice } from './uk-police';
import { ukUniversities } from './uk-universities';
import { ukSharedDomains } from './uk-shared-domains';

export const supportSites: readonly SupportSite[] = [
  ...sitesOfDirectory(services),
  ...ukNational,
  ...ukSharedDomains,
  ...ukPolice,
  ...ukGovernment,
  ...ukHealthAndAdvice,
  ...ukCouncils,
  ...ukBanks,
  ...ukUniversities,
  ...ukLocal,
  ...quickExitOwn,
];
