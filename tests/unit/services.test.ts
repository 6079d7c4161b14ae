/** Every entry of the directory is checked: a wrong number can hurt someone. */
import { describe, expect, it } from 'vitest';
import { emergencyNumbers, FOUNDING_POST, services } from '@/data/services';
import { supportSites } from '@/data/support-sites';
import type { Category, Fact, Service } from '@/data/types';
import { CATEGORIES, COUNTRIES } from '@/utils/pages/directory/labels';
import { isProtectedUrl } from '@/utils/shared/protected-sites';

function factsOf(service: Service): [string, Fact<unknown>][] {
  const facts: [string, Fact<unknown> | undefined][] = [
    ['phone', service.phone],
    ['text', service.text],
    ['email', service.email],
    ['chat', service.chat],
    ['website', service.website],
    ['hours', service.hours],
    ['free', service.free],
    ...(service.otherPhones ?? []).map((f) => ['otherPhones', f] as [string, Fact<unknown>]),
  ];
  return facts.filter((f): f is [string, Fact<unknown>] => f[1] !== undefined);
}

const isWebAddress = (value: string) => {
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

describe.each(services.map((s) => [s.id, s] as const))('%s', (_id, service) => {
  it('has a name, description, categories, country, area and a checked date', () => {
    expect(service.name.trim()).not.toBe('');
    expect(service.description.trim().length).toBeGreaterThan(20);
    expect(service.categories.length).toBeGreaterThan(0);
    for (const category of service.categories) expect(CATEGORIES).toContain(category);
    expect(service.countries.length).toBeGreaterThan(0);
    for (const country of service.countries) expect(COUNTRIES).toContain(country);
    expect(service.area.trim()).not.toBe('');
    expect(service.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('records at least one source, and every fact has its own', () => {
    expect(service.sources.length).toBeGreaterThan(0);
    for (const source of service.sources) expect(isWebAddress(source), source).toBe(true);
    for (const [name, fact] of factsOf(service)) {
      expect(fact.sources.length, name).toBeGreaterThan(0);
      for (const source of fact.sources) expect(isWebAddress(source), `${name}: ${source}`).toBe(true);
    }
  });

  it('has well-formed numbers', () => {
    for (const phone of [service.phone, service.text, ...(service.otherPhones ?? [])]) {
      if (!phone) continue;
      expect(phone.value.digits).toMatch(/^\d{3,16}$/);
      // The display form shows the same digits (letters like 0800 REFUGE aside).
      const shown = phone.value.display.replace(/\([^)]*\)/g, (inner) => (/\d{3}/.test(inner) ? inner : ''));
      expect(shown.replace(/\D/g, '')).toContain(phone.value.digits.slice(-6));
    }
  });

  it('has an https website on a protected host', () => {
    if (!service.website) return;
    const website = new URL(service.website.value);
    expect(website.protocol).toBe('https:');
    expect(isProtectedUrl(service.website.value)).toBe(true);
  });

  it('points to a catalogue site, or protects its own sites, never both', () => {
    if (service.site) {
      expect(service.protect).toEqual([]);
      expect(supportSites.map((site) => site.id)).toContain(service.site);
    }
  });

  it('gives structured opening times only for confirmed hours, in the UK or round the clock', () => {
    if (!service.openingTimes) return;
    expect(service.hours?.confirmed, 'structured times need confirmed hours').toBe(true);
    for (const slot of service.openingTimes) {
      expect(slot.days.length).toBeGreaterThan(0);
      expect(slot.opens).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(slot.closes).toMatch(/^([01]\d|2[0-4]):[0-5]\d$/);
      expect(slot.opens < slot.closes).toBe(true);
      // Times are read in UK time: elsewhere only "always open" means the same everywhere.
      if (!service.countries.includes('GB')) expect([slot.opens, slot.closes]).toEqual(['00:00', '24:00']);
    }
  });

  it('has a valid email address', () => {
    if (service.email) expect(service.email.value).toMatch(/^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/);
  });
});

describe('the directory', () => {
  it('has no duplicate ids', () => {
    const ids = services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks as unconfirmed every number printed only in the founding post', () => {
    for (const service of services) {
      for (const [name, fact] of factsOf(service)) {
        if (fact.sources.length === 1 && fact.sources[0] === FOUNDING_POST)
          expect(fact.confirmed, `${service.id} ${name}`).toBe(false);
      }
    }
  });

  it('shows no number for Shelter or Rape Crisis, whose sources disagree, and says so', () => {
    for (const id of ['shelter', 'rape-crisis-ew']) {
      const service = services.find((s) => s.id === id)!;
      expect(service.phone).toBeUndefined();
      expect(service.unconfirmed?.join(' ')).toMatch(/unconfirmed/i);
    }
  });

  it('gives each emergency number, and each piece of emergency advice, a source', () => {
    for (const emergency of emergencyNumbers) {
      expect(emergency.number).toMatch(/^\d{3}$/);
      expect(emergency.sources.length).toBeGreaterThan(0);
      if (emergency.alsoNumber) expect(emergency.alsoNumber.sources.length).toBeGreaterThan(0);
      for (const advice of emergency.advice ?? []) {
        expect(advice.sources.length, advice.text).toBeGreaterThan(0);
        for (const source of advice.sources) expect(isWebAddress(source), source).toBe(true);
      }
    }
  });

  it('tells UK callers the whole Silent Solution, and gives Ireland 112 and 999', () => {
    const uk = emergencyNumbers.find((e) => e.country === 'GB')!;
    const advice = uk.advice!.map((a) => a.text).join(' ');
    for (const step of [
      /cough or tap/,
      /press 55 only when/,
      /does not tell the police where you are/,
      /landline/,
      /register/,
    ]) {
      expect(advice).toMatch(step);
    }
    expect(uk.alsoNumber?.number).toBe('112');
    const ireland = emergencyNumbers.find((e) => e.country === 'IE')!;
    expect([ireland.number, ireland.alsoNumber?.number].sort()).toEqual(['112', '999']);
  });

  it('gives every need at least two UK services', () => {
    for (const need of CATEGORIES) {
      const count = services.filter((s) => s.countries.includes('GB') && s.categories.includes(need)).length;
      expect(count, need).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every UK nation its domestic-abuse, sexual-violence, stalking and victim-support services', () => {
    // "UK" serves every nation; "England and Wales" names both; a nation's own services name it.
    const serves = (service: Service, nation: string) => service.area === 'UK' || service.area.includes(nation);
    for (const nation of ['England', 'Scotland', 'Wales', 'Northern Ireland']) {
      for (const need of ['domestic-abuse', 'sexual-violence', 'stalking', 'victim-support'] as const) {
        const found = services.filter(
          (s) => s.countries.includes('GB') && s.categories.includes(need) && serves(s, nation),
        );
        expect(found.length, `${nation}: ${need}`).toBeGreaterThan(0);
      }
    }
  });
});
