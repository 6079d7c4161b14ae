import { describe, expect, it } from 'vitest';
import { chooseCountry, countryFromLanguages, countryFromTimeZone } from '@/utils/pages/directory/country';

describe('countryFromTimeZone', () => {
  it('knows the zones of the countries the directory covers', () => {
    expect(countryFromTimeZone('Europe/London')).toBe('GB');
    expect(countryFromTimeZone('Europe/Belfast')).toBe('GB');
    expect(countryFromTimeZone('Europe/Dublin')).toBe('IE');
    expect(countryFromTimeZone('America/New_York')).toBe('US');
    expect(countryFromTimeZone('America/Indiana/Indianapolis')).toBe('US');
    expect(countryFromTimeZone('Pacific/Honolulu')).toBe('US');
    expect(countryFromTimeZone('America/Toronto')).toBe('CA');
    expect(countryFromTimeZone('America/Vancouver')).toBe('CA');
    expect(countryFromTimeZone('America/St_Johns')).toBe('CA');
    expect(countryFromTimeZone('Australia/Sydney')).toBe('AU');
    expect(countryFromTimeZone('Australia/Perth')).toBe('AU');
    expect(countryFromTimeZone('Pacific/Auckland')).toBe('NZ');
  });

  it('says nothing for zones elsewhere, or no zone', () => {
    expect(countryFromTimeZone('Europe/Paris')).toBeUndefined();
    expect(countryFromTimeZone('America/Mexico_City')).toBeUndefined();
    expect(countryFromTimeZone('UTC')).toBeUndefined();
    expect(countryFromTimeZone(undefined)).toBeUndefined();
  });
});

describe('countryFromLanguages', () => {
  it('picks the country of the first language with a known region', () => {
    expect(countryFromLanguages(['en-GB', 'en'])).toBe('GB');
    expect(countryFromLanguages(['en-US'])).toBe('US');
    expect(countryFromLanguages(['fr-CA', 'en-US'])).toBe('CA');
    expect(countryFromLanguages(['de', 'en-AU'])).toBe('AU');
    expect(countryFromLanguages(['en-NZ'])).toBe('NZ');
    expect(countryFromLanguages(['ga'])).toBe('IE');
    expect(countryFromLanguages(['cy-GB'])).toBe('GB');
    expect(countryFromLanguages(['en', 'de-DE'])).toBeUndefined();
  });
});

describe('chooseCountry', () => {
  it('puts the time zone before the language: a London browser in US English is in the UK', () => {
    expect(chooseCountry('Europe/London', ['en-US', 'en'])).toBe('GB');
    expect(chooseCountry('Europe/Dublin', ['en-GB'])).toBe('IE');
    expect(chooseCountry('America/Chicago', ['en-GB'])).toBe('US');
  });

  it('uses the language when the zone says nothing, then the UK', () => {
    expect(chooseCountry('Europe/Paris', ['en-AU'])).toBe('AU');
    expect(chooseCountry(undefined, ['en-US'])).toBe('US');
    expect(chooseCountry('Europe/Paris', ['fr-FR'])).toBe('GB');
    expect(chooseCountry(undefined, [])).toBe('GB');
  });
});
