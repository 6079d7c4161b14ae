/**
 * The country the directory shows first. The time zone comes first: many people
 * in the UK use a browser set to US English, whose language region says "US".
 * Then the region of the browser's languages; without either, the UK, where the
 * directory has most services. Worked out each time the popup opens and never
 * stored: a stored choice would be a trace that someone looked for help.
 */
import type { Country } from '@/data/types';

/** IANA time zones of the countries the directory covers (zones not listed fall through to the languages). */
const ZONE_TO_COUNTRY: Record<string, Country> = {
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  GB: 'GB',
  'Europe/Dublin': 'IE',
  Eire: 'IE',
  'Pacific/Auckland': 'NZ',
  'Pacific/Chatham': 'NZ',
  NZ: 'NZ',
  'Pacific/Honolulu': 'US',
};

/** America/* zones in Canada; other American zones in the US are listed after. */
const CANADIAN_ZONES = new Set([
  'Toronto',
  'Montreal',
  'Vancouver',
  'Edmonton',
  'Calgary',
  'Winnipeg',
  'Regina',
  'Swift_Current',
  'Halifax',
  'Glace_Bay',
  'Moncton',
  'Goose_Bay',
  'St_Johns',
  'Whitehorse',
  'Dawson',
  'Dawson_Creek',
  'Creston',
  'Fort_Nelson',
  'Yellowknife',
  'Inuvik',
  'Cambridge_Bay',
  'Rankin_Inlet',
  'Resolute',
  'Iqaluit',
  'Atikokan',
  'Blanc-Sablon',
  'Nipigon',
  'Thunder_Bay',
  'Rainy_River',
  'Pangnirtung',
]);

const US_ZONES = new Set([
  'New_York',
  'Chicago',
  'Denver',
  'Los_Angeles',
  'Phoenix',
  'Anchorage',
  'Juneau',
  'Sitka',
  'Metlakatla',
  'Yakutat',
  'Nome',
  'Adak',
  'Boise',
  'Detroit',
  'Menominee',
]);

export function countryFromTimeZone(zone: string | undefined): Country | undefined {
  if (!zone) return undefined;
  if (ZONE_TO_COUNTRY[zone]) return ZONE_TO_COUNTRY[zone];
  if (zone.startsWith('Australia/')) return 'AU';
  if (zone.startsWith('US/')) return 'US';
  if (zone.startsWith('Canada/')) return 'CA';
  const american = /^America\/(.+)$/.exec(zone)?.[1];
  if (american) {
    if (CANADIAN_ZONES.has(american)) return 'CA';
    if (US_ZONES.has(american) || /^(Indiana|Kentucky|North_Dakota)\//.test(american)) return 'US';
  }
  return undefined;
}

const REGION_TO_COUNTRY: Record<string, Country> = {
  GB: 'GB',
  UK: 'GB',
  IE: 'IE',
  US: 'US',
  CA: 'CA',
  AU: 'AU',
  NZ: 'NZ',
};

/** From the browser's languages (en-GB: UK; fr-CA: Canada...): the first language with a known region wins. */
export function countryFromLanguages(languages: readonly string[]): Country | undefined {
  for (const language of languages) {
    const region = language.split(/[-_]/)[1]?.toUpperCase();
    if (region && REGION_TO_COUNTRY[region]) return REGION_TO_COUNTRY[region];
    if (/^ga\b/i.test(language)) return 'IE';
    if (/^mi\b/i.test(language)) return 'NZ';
    if (/^cy\b/i.test(language)) return 'GB';
  }
  return undefined;
}

/** The time zone first, then the languages, then the UK. */
export function chooseCountry(zone: string | undefined, languages: readonly string[]): Country {
  return countryFromTimeZone(zone) ?? countryFromLanguages(languages) ?? 'GB';
}

/** The browser's own time zone and languages, read when the popup opens. */
export function countryOfThisBrowser(): Country {
  let zone: string | undefined;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  return chooseCountry(zone, navigator.languages ?? [navigator.language]);
}
