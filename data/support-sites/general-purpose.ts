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
  // Northern Ireland councils' own domains
  'newrymournedown.org',
  'fermanaghomagh.com',
  // Councils' community-safety and safeguarding partnerships (every kind of crime and harm)
  'saferrotherham.org.uk',
  'safeguardinghavering.org.uk',
  'manchestersafeguardingpartnership.co.uk',
  'tamesidesafeguardingchildren.org.uk',
  'kscmp.org.uk',
  'kelsi.org.uk',
  'yoursupportglasgow.org',
  'hscp.scot',
  'cardiffpartnership.co.uk',
  'wlga.wales',
  'essexfamilywellbeing.co.uk',
  'essexfuture.org.uk',
  'escb.co.uk',
  'healthysurrey.org.uk',
  'safershetland.com',
  'wgsb.wales',
  'safercornwall.co.uk',
  'healthynottinghamshire.org.uk',
  'suffolksp.org.uk',
  'wiltshiresvpp.org.uk',
  'wiltshirescb.org.uk',
  'devonsafeguardingadultspartnership.org.uk',
  'portsmouthscp.org.uk',
  'derbyshiresab.org.uk',
  'nottinghamshireinsight.org.uk',
  'informationnow.org.uk',
  'communityplanningaberdeen.org.uk',
  'publicprotectionnl.co.uk',
  'lewishamcfc.org.uk',
  'wecb.org.uk',
  'cornwallhousing.org.uk',
  'sheffieldasp.org.uk',
  'safeguardingworcestershire.org.uk',
  'protectingpeopleeastdunbarton.org.uk',
  'kenthomechoice.org.uk',
  'proceduresonline.com',
  'trixonline.co.uk',
  'cysur.wales',
  'wfscp.org.uk',
  'herefordshiresafeguardingboards.org.uk',
  'safeinwarwickshire.com',
  'safeguardingwarwickshire.co.uk',
  'eastsussexlscb.org.uk',
  'warringtonlscb.org',
  'seftonscp.org.uk',
  'nypartnerships.org.uk',
  'safeguardingchildren.co.uk',
  'wakefieldscp.org.uk',
  'shropshiresafeguardingcommunitypartnership.co.uk',
  'thebarnetscp.org.uk',
  'dudleysafeandsound.org',
  'wolverhamptonsafeguarding.org.uk',
  'saferwolverhampton.org.uk',
  'nottinghamcdp.com',
  'saferwalsallpartnership.co.uk',
  'boltonsafeguardingadultsboard.org.uk',
  'boltonbsafe.org.uk',
  'nssab.co.uk',
  'southtynesidesafeguardingappp.co.uk',
  'bromleysafeguardingadults.org',
  'harrowscb.co.uk',
  'kingstonandrichmondsafeguardingchildrenpartnership.org.uk',
  'mertonscp.org.uk',
  'publicprotectionwestlothian.org.uk',
  'childprotectionwestlothian.org.uk',
  'highlandlife.net',
  'southamptonscp.org.uk',
  'southamptonlsab.org.uk',
  'saferportsmouth.org.uk',
  'portsmouthsab.uk',
  'safermk.com',
  'centralbedfordshirelscb.org.uk',
  'erscp.co.uk',
  'safeguardingcambspeterborough.org.uk',
  'kirkleessafeguardingchildren.co.uk',
  // Wales's wellbeing directory and its community-safety network (every local service and kind of crime)
  'dewis.wales',
  'safercommunities.wales',
  // Health
  'nhs.uk',
  'nhs.scot',
  'nhsinform.scot',
  'hscni.net',
  'publichealthscotland.scot',
  'healthscotland.scot',
  'nhsforthvalley.com',
  // Police, police and crime commissioners, fraud reporting
  'securedbydesign.com',
  'merseysidepcc.info',
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
  'housingrights.org.uk',
  'resolution.org.uk',
  'mind.org.uk',
  'ageuk.org.uk',
  'nspcc.org.uk',
  'barnardos.org.uk',
  'citizensadvicerushmoor.org.uk',
  'stonewall.org.uk',
  'scope.org.uk',
  // An animal welfare charity (its pet-fostering service for people fleeing abuse is one part)
  'cats.org.uk',
  // A Deaf women's organisation (its abuse project is one part)
  'deafinitelywomen.org.uk',
  // A Deaf health charity (its domestic-abuse service is one part), legal and money advice services
  'signhealth.org.uk',
  'rcjadvice.org.uk',
  'advicenow.org.uk',
  'moneyadviceplus.org.uk',
  'crimestoppers-uk.org',
  'dagcas.org',
  'heymind.org.uk',
  'independentage.org',
  // Money guidance (every money question)
  'moneyadviceservice.org.uk',
  'moneyhelper.org.uk',
  // Banks and building societies (every money matter)
  'lloydsbank.com',
  'lloydsbankinggroup.com',
  'mbna.co.uk',
  'santander.co.uk',
  'nationwide.co.uk',
  'hsbc.co.uk',
  'firstdirect.com',
  'barclayspartnerfinance.com',
  'aibgb.co.uk',
  'aibni.co.uk',
  'marksandspencer.com',
  'danskebank.co.uk',
  'bankofscotland.co.uk',
  'halifax.co.uk',
  'co-operativebank.co.uk',
  'rbs.co.uk',
  'ulsterbank.co.uk',
  'ybs.co.uk',
  // Regulators and public bodies
  'ico.org.uk',
  'electoralcommission.org.uk',
  'socialcare.wales',
  // Internet safety
  'swgfl.org.uk',
  // Housing associations and housing charities (every tenancy matter)
  'yourhousinggroup.co.uk',
  'sanctuary-supported-living.co.uk',
  'ncha.org.uk',
  'frameworkha.org',
  'julianhouse.org.uk',
  'berwickshirehousing.org.uk',
  'trustha.org.uk',
  'placesforpeoplescotland.co.uk',
  'orbit.org.uk',
  // Students' unions (every part of student life)
  'glasgowunisrc.org',
  'surreyunion.org',
  'qmsu.org',
  // Youth information (every topic)
  'young.scot',
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

/**
 * Suffixes whose every registrable domain is an institution's main site: a
 * university's www.NAME.ac.uk carries courses, timetables and sign-in, so it is
 * general-purpose; its dedicated subdomains (reportandsupport.NAME.ac.uk, only
 * about harassment and abuse) are not, and may be protected whole.
 */
export const GENERAL_PURPOSE_MAIN_SITES_UNDER: readonly string[] = ['ac.uk'];

function isMainSiteUnder(host: string, suffix: string): boolean {
  if (!host.endsWith('.' + suffix)) return false;
  const label = host.slice(0, -(suffix.length + 1)).replace(/^www\./, '');
  return label !== '' && !label.includes('.');
}

/** Whether a host is, or is under, one of the general-purpose domains, or is a university's main site. */
export function isGeneralPurposeHost(host: string): boolean {
  const bare = host.toLowerCase();
  return (
    GENERAL_PURPOSE_DOMAINS.some((domain) => bare === domain || bare.endsWith('.' + domain)) ||
    GENERAL_PURPOSE_MAIN_SITES_UNDER.some((suffix) => isMainSiteUnder(bare, suffix))
  );
}
