import { describe, expect, it } from 'vitest';
import { isGeneralPurposeHost } from '@/data/support-sites/general-purpose';
import { ukUniversities } from '@/data/support-sites/uk-universities';
import { isProtectedUrl, parseScope } from '@/utils/shared/protected-sites';

describe("universities' report-and-support sites", () => {
  it("treats a university's main site as general-purpose, and its dedicated subdomains not", () => {
    expect(isGeneralPurposeHost('www.ed.ac.uk')).toBe(true);
    expect(isGeneralPurposeHost('ed.ac.uk')).toBe(true);
    expect(isGeneralPurposeHost('reportandsupport.ed.ac.uk')).toBe(false);
    expect(isGeneralPurposeHost('ac.uk')).toBe(false);
    expect(isGeneralPurposeHost('www.womensaid.org.uk')).toBe(false);
  });

  it("never protects a university's main site whole", () => {
    for (const site of ukUniversities) {
      for (const scope of site.scopes) {
        const { host, path } = parseScope(scope);
        if (isGeneralPurposeHost(host)) expect(path, `${site.id}: ${scope}`).not.toBe('');
      }
    }
  });

  it('protects a report-and-support site whole and a main site only on its support pages', () => {
    expect(isProtectedUrl('https://reportandsupport.ed.ac.uk/support/who-sees-this-report')).toBe(true);
    expect(isProtectedUrl('https://reportandsupport.swansea.ac.uk/')).toBe(true);
    expect(
      isProtectedUrl(
        'https://www.bristol.ac.uk/students/support/wellbeing/report-unacceptable-behaviour/sexual-violence/',
      ),
    ).toBe(true);
    expect(isProtectedUrl('https://www.bristol.ac.uk/study/undergraduate/')).toBe(false);
    expect(isProtectedUrl('https://www.ed.ac.uk/')).toBe(false);
  });
});
