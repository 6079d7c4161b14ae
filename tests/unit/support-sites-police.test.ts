import { describe, expect, it } from 'vitest';
import { ukPolice } from '@/data/support-sites/uk-police';
import { isGeneralPurposeHost } from '@/data/support-sites/general-purpose';
import { isProtectedUrl, parseScope } from '@/utils/shared/protected-sites';

const forces = ukPolice.filter(
  (site) => site.id.startsWith('police-') && site.id !== 'police-uk-rape-and-sexual-assault',
);

describe('the police part of the catalogue', () => {
  it('lists every UK police force once: 43 of England and Wales, Police Scotland, PSNI and British Transport Police', () => {
    expect(forces).toHaveLength(46);
    expect(new Set(forces.map((site) => site.organisation)).size).toBe(46);
    expect(forces.filter((site) => site.nations?.includes('Wales') && site.nations.length === 1)).toHaveLength(4);
  });

  it('protects police, prosecution and commissioner sites only by path, never whole', () => {
    for (const site of ukPolice) {
      for (const scope of site.scopes) {
        const { host, path } = parseScope(scope);
        if (isGeneralPurposeHost(host)) expect(path, `${site.id}: ${scope}`).not.toBe('');
      }
    }
  });

  it("protects a force's domestic-abuse, Clare's law, stalking and sexual-offence pages", () => {
    for (const url of [
      'https://www.met.police.uk/advice/advice-and-information/daa/domestic-abuse/',
      'https://www.cityoflondon.police.uk/advice/advice-and-information/daa/domestic-abuse/alpha2/request-information-under-clares-law/make-a-request/',
      'https://www.northants.police.uk/rqo/request/ri/request-information/cl/triage/v2/request-information-under-clares-law/make-a-request/',
      'https://dyfed-powys.police.uk/advice/advice-and-information/beta-stalking-and-harassment/protection-from-online-stalking-and-harassment/',
      'https://www.derbyshire.police.uk/ro/report/rsa/alpha-v1/advice/rape-sexual-assault-and-other-sexual-offences/what-happens-after-report-rape-sexual-assault/',
      'https://www.scotland.police.uk/advice-and-information/stalking',
      'https://www.psni.police.uk/crime/domestic-abuse/dvads/',
      'https://cps.gov.uk/crime-info/domestic-abuse',
    ]) {
      expect(isProtectedUrl(url), url).toBe(true);
    }
  });

  it("leaves a force's news, road-safety advice, crime reports and other pages alone", () => {
    for (const url of [
      'https://www.met.police.uk/',
      'https://www.met.police.uk/news/',
      'https://www.essex.police.uk/news/essex/news/news/2024/march/domestic-abuse-innovation/',
      'https://www.cambs.police.uk/advice/advice-and-information/rs/road-safety/collisions/',
      'https://www.met.police.uk/advice/advice-and-information/facial-recognition/live-facial-recognition/',
      'https://www.met.police.uk/ro/report/rti/rti-beta-2.1/report-a-road-traffic-incident/',
      'https://www.sussex.police.uk/ro/report/ocr/af/how-to-report-a-crime/',
      'https://www.police.uk/ro/report/hate-crime/forms/v1/hate-crime-online2/',
      'https://www.cps.gov.uk/news',
    ]) {
      expect(isProtectedUrl(url), url).toBe(false);
    }
  });
});
