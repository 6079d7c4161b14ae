/**
 * Sites that are about much more than abuse: government, the NHS, police forces,
 * councils, advice charities, regulators, fraud reporting, internet-safety bodies
 * and news. Removing a person's ordinary visits to them (tax, repairs advice, a
 * police force's news) would be noticed, and an exit button there would appear on
 * pages that have nothing to do with abuse. On these, only the abuse, stalking and
 * safety pages are protected: scopes need a path.
 *
 * Each entry is a registrable domain: it covers the domain itself and every host
 * under it (so "gov.uk" covers www.gov.uk and every council on gov.uk).
 */
export const GENERAL_PURPOSE_DOMAINS: readonly string[] = [
  // Government, councils and courts
  'gov.uk',
  'gov.scot',
  'mygov.scot',
  'gov.wales',
  'llyw.cymru',
  'nidirect.gov.uk',
  'judiciary.uk',
  // Health
  'nhs.uk',
  'nhs.scot',
  'nhsinform.scot',
  'hscni.net',
  // Police, police and crime commissioners, fraud reporting
  'police.uk',
  'scot.police.uk',
  'dorsetpcc.neighbourhoodalert.co.uk',
  'neighbourhoodalert.co.uk',
  // Advice charities whose sites cover every kind of problem
  'citizensadvice.org.uk',
  'cas.org.uk',
  'shelter.org.uk',
  'shelterscotland.org',
  'sheltercymru.org.uk',
  'mind.org.uk',
  'ageuk.org.uk',
  'nspcc.org.uk',
  'barnardos.org.uk',
  // Regulators and public bodies
  'ico.org.uk',
  'electoralcommission.org.uk',
  // Internet safety
  'swgfl.org.uk',
  // Link shorteners: every link is someone else's
  'orlo.uk',
  'bit.ly',
  // Browser extension stores (Quick Exit's own listing pages only: data/support-sites/quick-exit-own.ts)
  'google.com',
  'mozilla.org',
  // News
  'bbc.co.uk',
  'bbc.com',
  'theguardian.com',
  'dorsetecho.co.uk',
];

/** Whether a host is, or is under, one of the general-purpose domains. */
export function isGeneralPurposeHost(host: string): boolean {
  const bare = host.toLowerCase();
  return GENERAL_PURPOSE_DOMAINS.some((domain) => bare === domain || bare.endsWith('.' + domain));
}
