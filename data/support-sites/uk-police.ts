import type { SupportSite, UkNation } from './types';

/**
 * UK police forces, the Crown Prosecution Service, police.uk and police and
 * crime commissioners' victim services: their domestic-abuse, Clare's law,
 * stalking and sexual-offence pages, by path. A force's site is general-purpose
 * (news, road safety, lost property), so only these sections are protected.
 */

const CHECKED = '2026-11-30';

/**
 * Most forces of England and Wales (and British Transport Police) publish on one
 * national web platform, the "Single Online Home": the same sections at the same
 * paths on every force's own host. These pages say which forces are on it.
 */
const PLATFORM_MEMBERS = {
  /** The 27 forces (and British Transport Police) live on the platform in March 2021. */
  in2021: 'https://www.parallelparliament.co.uk/question/HL13532/police-internet',
  /** 40 of the 43 forces in October 2024, one more onboarding. */
  in2024: 'https://parallelparliament.co.uk/question/HL1777/police',
  /** Its builder: 41 of 43 forces plus British Transport Police. */
  builder: 'https://www.cds.co.uk/single-online-home',
  /** Each force's web host. */
  hosts:
    'https://github.com/robertcashman-bit/Policestationrepuk/blob/c9fd44bf4d82e7e54a1d2084db74023b941e65c8/lib/custody-discovery/official-pages.ts',
};

/** Pages on forces' hosts that show the platform's sections and their paths. */
const PLATFORM_PAGES = {
  domesticAbuse: 'https://www.cambs.police.uk/advice/advice-and-information/daa/domestic-abuse/what-is-domestic-abuse/',
  claresLawInDomesticAbuse:
    'https://www.cityoflondon.police.uk/advice/advice-and-information/daa/domestic-abuse/alpha2/request-information-under-clares-law/make-a-request/',
  stalking:
    'https://www.dyfed-powys.police.uk/advice/advice-and-information/beta-stalking-and-harassment/protection-from-online-stalking-and-harassment/',
  stalkingReport:
    'https://www.northants.police.uk/advice/advice-and-information/beta-stalking-and-harassment/how-report-stalking-harassment/',
  claresLawRequest:
    'https://www.northants.police.uk/rqo/request/ri/request-information/cl/triage/v2/request-information-under-clares-law/make-a-request/',
  rapeAdvice: 'https://github.com/hasanm29/Report_It/blob/8017de690761d1c5f1fd59f320a47c035a48ee68/main/advice.php',
  rapeReport:
    'https://www.derbyshire.police.uk/ro/report/rsa/alpha-v1/advice/rape-sexual-assault-and-other-sexual-offences/what-happens-after-report-rape-sexual-assault/',
};

/**
 * The platform's domestic-abuse section (Clare's law pages included), its
 * stalking and harassment section, its Clare's law request form, its
 * report of rape, sexual assault and other sexual offences (with that
 * report's advice pages) and its rape and sexual assault advice section. The shortest prefixes that hold only those pages:
 * "/advice" alone also holds burglary and road-safety advice, "/ro/report"
 * every other crime report.
 */
const PLATFORM_SECTIONS = [
  '/advice/advice-and-information/daa',
  '/advice/advice-and-information/beta-stalking-and-harassment',
  '/rqo/request/ri/request-information/cl',
  '/ro/report/rsa',
  '/advice/advice-and-information/rsa',
];

const PLATFORM_SOURCES = [
  PLATFORM_MEMBERS.in2021,
  PLATFORM_MEMBERS.in2024,
  PLATFORM_MEMBERS.builder,
  PLATFORM_MEMBERS.hosts,
  ...Object.values(PLATFORM_PAGES),
];

interface Force {
  id: string;
  organisation: string;
  nations: readonly UkNation[];
  area: string;
  /** The force's host, when it runs on the national platform. */
  platformHost?: string;
  /** Other abuse pages of the force, each read on its host. */
  scopes?: readonly string[];
  /** Pages read on the force's own host. */
  sources?: readonly string[];
}

function force({ id, organisation, nations, area, platformHost, scopes = [], sources = [] }: Force): SupportSite {
  const onPlatform = platformHost ? PLATFORM_SECTIONS.map((path) => platformHost + path) : [];
  return {
    id,
    organisation,
    kind: 'shared-domain',
    country: 'GB',
    nations,
    area,
    scopes: [...onPlatform, ...scopes],
    sources: [...sources, ...(platformHost ? PLATFORM_SOURCES : [])],
    checked: CHECKED,
  };
}

const ENGLAND: readonly UkNation[] = ['England'];
const WALES: readonly UkNation[] = ['Wales'];

/** The 43 territorial forces of England and Wales. */
const forcesOfEnglandAndWales: readonly SupportSite[] = [
  force({
    id: 'police-avon-and-somerset',
    organisation: 'Avon and Somerset Police',
    nations: ENGLAND,
    area: 'Avon and Somerset',
    // Its own site, not the national platform.
    scopes: [
      'www.avonandsomerset.police.uk/report/domestic-abuse',
      'www.avonandsomerset.police.uk/report/harassment-and-stalking',
      'www.avonandsomerset.police.uk/advice/threats,-assault-and-hate-crime/domestic-abuse',
    ],
    sources: [
      'https://www.avonandsomerset.police.uk/report/domestic-abuse/',
      'https://www.avonandsomerset.police.uk/report/harassment-and-stalking/',
      'https://www.avonandsomerset.police.uk/advice/threats,-assault-and-hate-crime/domestic-abuse/',
    ],
  }),
  force({
    id: 'police-bedfordshire',
    organisation: 'Bedfordshire Police',
    nations: ENGLAND,
    area: 'Bedfordshire',
    platformHost: 'www.beds.police.uk',
    // The force's former host, with its Clare's law pages.
    scopes: ['www.bedfordshire.police.uk/apply/Clares-Law'],
    sources: [
      'https://www.bedfordshire.police.uk/apply/Clares-Law/Clares-law-Disclosure-Scheme',
      'https://www.bedfordshire.police.uk/apply/Clares-Law/Clares-Law-Disclosure-Scheme-steps',
    ],
  }),
  force({
    id: 'police-cambridgeshire',
    organisation: 'Cambridgeshire Constabulary',
    nations: ENGLAND,
    area: 'Cambridgeshire',
    platformHost: 'www.cambs.police.uk',
    scopes: [
      'www.cambs.police.uk/information-and-services/Domestic-abuse',
      'www.cambs.police.uk/information-and-services/Stalking-and-harassment',
    ],
    sources: [
      'https://www.cambs.police.uk/advice/advice-and-information/daa/domestic-abuse/what-is-domestic-abuse/',
      'https://www.cambs.police.uk/information-and-services/Domestic-abuse/Domestic-abuse',
      'https://www.cambs.police.uk/information-and-services/Domestic-abuse/Clares-law',
      'https://www.cambs.police.uk/information-and-services/Stalking-and-harassment',
    ],
  }),
  force({
    id: 'police-cheshire',
    organisation: 'Cheshire Constabulary',
    nations: ENGLAND,
    area: 'Cheshire',
    platformHost: 'www.cheshire.police.uk',
    scopes: ['www.cheshire.police.uk/advice-and-support/domestic-abuse'],
    sources: [
      'https://www.cheshire.police.uk/advice-and-support/domestic-abuse/domestic-violence-disclosure-scheme-clare-s-law/',
    ],
  }),
  force({
    id: 'police-city-of-london',
    organisation: 'City of London Police',
    nations: ENGLAND,
    area: 'City of London',
    platformHost: 'www.cityoflondon.police.uk',
    sources: [PLATFORM_PAGES.claresLawInDomesticAbuse],
  }),
  force({
    id: 'police-cleveland',
    organisation: 'Cleveland Police',
    nations: ENGLAND,
    area: 'Cleveland',
    platformHost: 'www.cleveland.police.uk',
    scopes: ['www.cleveland.police.uk/advice-information/DomesticAbuse'],
    sources: [
      'https://cleveland.police.uk/advice-information/DomesticAbuse/Domestic-Abuse.aspx',
      'https://www.cleveland.police.uk/news/cleveland/news/2024/december/every-officer-and-staff-member-to-undergo-specialist-domestic-abuse-training/',
    ],
  }),
  force({
    id: 'police-cumbria',
    organisation: 'Cumbria Constabulary',
    nations: ENGLAND,
    area: 'Cumbria',
    platformHost: 'www.cumbria.police.uk',
    scopes: [
      'www.cumbria.police.uk/get-advice/personal-safety/domestic-abuse',
      'www.cumbria.police.uk/Advice-Centre/Personal-Safety/DA-Support-available-from-the-police.aspx',
      'beta.cumbria.police.uk/police-forces/cumbria-constabulary/areas/campaigns/campaigns/domestic-abuse-report-it-now',
    ],
    sources: [
      'https://www.cumbria.police.uk/get-advice/personal-safety/domestic-abuse',
      'https://www.cumbria.police.uk/Advice-Centre/Personal-Safety/DA-Support-available-from-the-police.aspx',
      'https://beta.cumbria.police.uk/police-forces/cumbria-constabulary/areas/campaigns/campaigns/domestic-abuse-report-it-now/',
    ],
  }),
  force({
    id: 'police-derbyshire',
    organisation: 'Derbyshire Constabulary',
    nations: ENGLAND,
    area: 'Derbyshire',
    platformHost: 'www.derbyshire.police.uk',
    sources: [PLATFORM_PAGES.rapeReport],
  }),
  force({
    id: 'police-devon-and-cornwall',
    organisation: 'Devon and Cornwall Police',
    nations: ENGLAND,
    area: 'Devon and Cornwall',
    platformHost: 'www.devon-cornwall.police.uk',
    // Honour-based abuse and forced marriage, on the force's former site.
    scopes: ['www.devon-cornwall.police.uk/advice/threat-assault-abuse/honour-based-abuse'],
    sources: [
      'https://www.devon-cornwall.police.uk/advice/threat-assault-abuse/honour-based-abuse/',
      'https://www.devon-cornwall.police.uk/police-forces/devon-cornwall-police/areas/about-us/about-us/stalking-action-plan/',
    ],
  }),
  force({
    id: 'police-dorset',
    organisation: 'Dorset Police',
    nations: ENGLAND,
    area: 'Dorset',
    // Its own site, not the national platform. The section on abuse, exploitation
    // and neglect holds the domestic-abuse, stalking, rape and honour-based abuse
    // pages; the victims' pages are protected through the helpline directory.
    scopes: ['www.dorset.police.uk/help-advice-crime-prevention/abuse-exploitation-neglect'],
    sources: ['https://www.dorset.police.uk/help-advice-crime-prevention/abuse-exploitation-neglect/'],
  }),
  force({
    id: 'police-durham',
    organisation: 'Durham Constabulary',
    nations: ENGLAND,
    area: 'County Durham and Darlington',
    platformHost: 'www.durham.police.uk',
    scopes: ['www.durham.police.uk/Information-and-advice/safeguarding/Pages/Stalking.aspx'],
    sources: ['https://www.durham.police.uk/Information-and-advice/safeguarding/Pages/Stalking.aspx'],
  }),
  force({
    id: 'police-essex',
    organisation: 'Essex Police',
    nations: ENGLAND,
    area: 'Essex',
    platformHost: 'www.essex.police.uk',
    sources: ['https://www.essex.police.uk/news/essex/news/news/2024/march/domestic-abuse-innovation/'],
  }),
  force({
    id: 'police-gloucestershire',
    organisation: 'Gloucestershire Constabulary',
    nations: ENGLAND,
    area: 'Gloucestershire',
    platformHost: 'www.gloucestershire.police.uk',
  }),
  force({
    id: 'police-greater-manchester',
    organisation: 'Greater Manchester Police',
    nations: ENGLAND,
    area: 'Greater Manchester',
    platformHost: 'www.gmp.police.uk',
    sources: [
      'https://www.gmp.police.uk/news/greater-manchester/news/news/2024/january/a-year-in-review-gmps-response-to-tackling-domestic-abuse/',
    ],
  }),
  force({
    id: 'police-hampshire',
    organisation: 'Hampshire and Isle of Wight Constabulary',
    nations: ENGLAND,
    area: 'Hampshire and the Isle of Wight',
    platformHost: 'www.hampshire.police.uk',
  }),
  force({
    id: 'police-hertfordshire',
    organisation: 'Hertfordshire Constabulary',
    nations: ENGLAND,
    area: 'Hertfordshire',
    platformHost: 'www.herts.police.uk',
    scopes: ['www.herts.police.uk/Information-and-services/Advice/Stalking-and-harassment'],
    sources: [
      'https://www.herts.police.uk/Information-and-services/Advice/Stalking-and-harassment/Stalking-and-harassment.aspx',
      'https://www.herts.police.uk/news/hertfordshire/news/2025/february-2025/launch-of-new-online-form-to-report-stalking-and-harassment/',
    ],
  }),
  force({
    id: 'police-humberside',
    organisation: 'Humberside Police',
    nations: ENGLAND,
    area: 'Humberside',
    platformHost: 'www.humberside.police.uk',
    sources: [
      'https://www.humberside.police.uk/news/humberside/news/news/2024/june/domestic-abuse-evolves-overtime--could-you-or-a-loved-one-be-a-victim/',
      'https://www.humberside.police.uk/domestic-abuse-action-plan-0',
    ],
    scopes: ['www.humberside.police.uk/domestic-abuse-action-plan-0'],
  }),
  force({
    id: 'police-kent',
    organisation: 'Kent Police',
    nations: ENGLAND,
    area: 'Kent',
    platformHost: 'www.kent.police.uk',
    scopes: ['www.kent.police.uk/advice/abuse_assault/domestic_abuse'],
    sources: ['http://www.kent.police.uk/advice/abuse_assault/domestic_abuse/dom_abuse.html'],
  }),
  force({
    id: 'police-lancashire',
    organisation: 'Lancashire Constabulary',
    nations: ENGLAND,
    area: 'Lancashire',
    // Its own site, not the national platform.
    scopes: [
      'www.lancashire.police.uk/help-advice/personal-safety/domestic-violence-disclosure-scheme-clares-law',
      'www.lancashire.police.uk/faqs/domestic-abuse-family-disputes',
      'www.lancashire.police.uk/help-advice/personal-safety/forced-marriage-honour-based-violence-and-fgm',
    ],
    sources: [
      'https://www.lancashire.police.uk/help-advice/personal-safety/domestic-violence-disclosure-scheme-clares-law/',
      'https://lancashire.police.uk/faqs/domestic-abuse-family-disputes/i-can-hear-my-neighbours-arguing-and-am-concerned-it-is-getting-out-of-hand/',
      'https://lancashire.police.uk/help-advice/personal-safety/forced-marriage-honour-based-violence-and-fgm',
    ],
  }),
  force({
    id: 'police-leicestershire',
    organisation: 'Leicestershire Police',
    nations: ENGLAND,
    area: 'Leicestershire and Rutland',
    platformHost: 'www.leics.police.uk',
  }),
  force({
    id: 'police-lincolnshire',
    organisation: 'Lincolnshire Police',
    nations: ENGLAND,
    area: 'Lincolnshire',
    platformHost: 'www.lincs.police.uk',
  }),
  force({
    id: 'police-merseyside',
    organisation: 'Merseyside Police',
    nations: ENGLAND,
    area: 'Merseyside',
    platformHost: 'www.merseyside.police.uk',
    scopes: [
      'www.merseyside.police.uk/police-forces/merseyside-police/areas/campaigns/campaigns/2018/domestic-abuse',
      'www.merseyside.police.uk/police-forces/merseyside-police/areas/campaigns/campaigns/2023/january/domestic-abuse',
    ],
    sources: [
      'https://www.merseyside.police.uk/police-forces/merseyside-police/areas/campaigns/campaigns/2018/domestic-abuse/',
      'https://www.merseyside.police.uk/police-forces/merseyside-police/areas/campaigns/campaigns/2023/january/domestic-abuse/',
    ],
  }),
  force({
    id: 'police-metropolitan',
    organisation: 'Metropolitan Police',
    nations: ENGLAND,
    area: 'London',
    platformHost: 'www.met.police.uk',
    // The force's separate safety site, and its intimate image abuse page.
    scopes: [
      'safe.met.police.uk/domestic_violence_and_abuse',
      'www.met.police.uk/advice/advice-and-information/online-safety/online-safety/intimate-image-abuse-revenge-porn',
    ],
    sources: [
      'https://safe.met.police.uk/domestic_violence_and_abuse/consequences_and_the_law.html?nav=done_something',
      'https://www.met.police.uk/advice/advice-and-information/online-safety/online-safety/intimate-image-abuse-revenge-porn/',
    ],
  }),
  force({
    id: 'police-norfolk',
    organisation: 'Norfolk Constabulary',
    nations: ENGLAND,
    area: 'Norfolk',
    platformHost: 'www.norfolk.police.uk',
    scopes: ['www.norfolk.police.uk/advice/assault-abuse-threats/honour-based-abuse'],
    sources: ['https://www.norfolk.police.uk/advice/assault-abuse-threats/honour-based-abuse'],
  }),
  force({
    id: 'police-north-yorkshire',
    organisation: 'North Yorkshire Police',
    nations: ENGLAND,
    area: 'North Yorkshire and York',
    platformHost: 'www.northyorkshire.police.uk',
  }),
  force({
    id: 'police-northamptonshire',
    organisation: 'Northamptonshire Police',
    nations: ENGLAND,
    area: 'Northamptonshire',
    platformHost: 'www.northants.police.uk',
    sources: [PLATFORM_PAGES.stalkingReport, PLATFORM_PAGES.claresLawRequest],
  }),
  force({
    id: 'police-northumbria',
    organisation: 'Northumbria Police',
    nations: ENGLAND,
    area: 'Northumberland and Tyne and Wear',
    platformHost: 'www.northumbria.police.uk',
    // Its former site and the beta that replaced it.
    scopes: [
      'www.northumbria.police.uk/advice_and_information/advice_for_victims_of_crime/domestic_abuse',
      'beta.northumbria.police.uk/advice-and-info/violent-crime/domestic-violence-abuse',
      'beta.northumbria.police.uk/advice-and-info/violent-crime/domestic-violence-and-abuse',
    ],
    sources: [
      'http://northumbria.police.uk/advice_and_information/advice_for_victims_of_crime/domestic_abuse/abusers/',
      'https://beta.northumbria.police.uk/advice-and-info/violent-crime/domestic-violence-abuse/',
      'https://beta.northumbria.police.uk/advice-and-info/violent-crime/domestic-violence-and-abuse/',
    ],
  }),
  force({
    id: 'police-nottinghamshire',
    organisation: 'Nottinghamshire Police',
    nations: ENGLAND,
    area: 'Nottinghamshire',
    platformHost: 'www.nottinghamshire.police.uk',
    // Its domestic abuse section on the site before the national platform.
    scopes: ['www.nottinghamshire.police.uk/advice/domesticabuse', 'www.nottinghamshire.police.uk/hba'],
    sources: [
      'https://www.nottinghamshire.police.uk/advice/domesticabuse',
      'https://www.nottinghamshire.police.uk/news/nottinghamshire/news/news/2024/november/police-vow-to-help-end-abusive-relationships/',
      'https://www.nottinghamshire.police.uk/hba',
    ],
  }),
  force({
    id: 'police-south-yorkshire',
    organisation: 'South Yorkshire Police',
    nations: ENGLAND,
    area: 'South Yorkshire',
    platformHost: 'www.southyorkshire.police.uk',
    scopes: [
      'www.southyorkshire.police.uk/find-out/advice-for-victims/domestic-abuse',
      'www.southyorkshire.police.uk/find-out/crime-prevention-advice/stalking-and-harassment',
      'www.southyorks.police.uk/sign-up/for-a-disclosure-under-claire-s-law',
    ],
    sources: [
      'https://www.southyorkshire.police.uk/find-out/advice-for-victims/domestic-abuse/',
      'https://www.southyorkshire.police.uk/find-out/crime-prevention-advice/stalking-and-harassment/',
      'https://www.southyorks.police.uk/sign-up/for-a-disclosure-under-claire-s-law/',
    ],
  }),
  force({
    id: 'police-staffordshire',
    organisation: 'Staffordshire Police',
    nations: ENGLAND,
    area: 'Staffordshire',
    platformHost: 'www.staffordshire.police.uk',
    // Its campaign page on consent, rape and sexual assault, and its domestic-abuse page from before the platform.
    scopes: [
      'www.staffordshire.police.uk/police-forces/staffordshire-police/areas/staffordshire-police/campaigns/consent',
      'www.staffordshire.police.uk/domesticabuse',
    ],
    sources: [
      'https://www.staffordshire.police.uk/domesticabuse',
      'https://www.staffordshire.police.uk/police-forces/staffordshire-police/areas/staffordshire-police/campaigns/consent/',
    ],
  }),
  force({
    id: 'police-suffolk',
    organisation: 'Suffolk Constabulary',
    nations: ENGLAND,
    area: 'Suffolk',
    platformHost: 'www.suffolk.police.uk',
    scopes: ['www.suffolk.police.uk/advice/assault-abuse-threats/domestic-abuse'],
    sources: ['https://www.suffolk.police.uk/advice/assault-abuse-threats/domestic-abuse'],
  }),
  force({
    id: 'police-surrey',
    organisation: 'Surrey Police',
    nations: ENGLAND,
    area: 'Surrey',
    platformHost: 'www.surrey.police.uk',
    sources: ['https://www.surrey.police.uk/advice/advice-and-information/daa/domestic-abuse/af/clares-law/'],
  }),
  force({
    id: 'police-sussex',
    organisation: 'Sussex Police',
    nations: ENGLAND,
    area: 'East and West Sussex',
    platformHost: 'www.sussex.police.uk',
    scopes: [
      'www.sussex.police.uk/advice/support-for-victims/stalking-and-harassment',
      'www.sussex.police.uk/advice/protect-yourself-and-others/domestic-abuse',
      'www.sussex.police.uk/youarenotalone',
    ],
    sources: [
      'https://sussex.police.uk/advice/support-for-victims/stalking-and-harassment/',
      'https://sussex.police.uk/advice/protect-yourself-and-others/domestic-abuse/',
      'https://www.sussex.police.uk/youarenotalone',
    ],
  }),
  force({
    id: 'police-thames-valley',
    organisation: 'Thames Valley Police',
    nations: ENGLAND,
    area: 'Berkshire, Buckinghamshire and Oxfordshire',
    platformHost: 'www.thamesvalley.police.uk',
  }),
  force({
    id: 'police-warwickshire',
    organisation: 'Warwickshire Police',
    nations: ENGLAND,
    area: 'Warwickshire',
    platformHost: 'www.warwickshire.police.uk',
    // Its domestic violence and abuse articles on the site before the national platform.
    scopes: [
      'www.warwickshire.police.uk/article/37870/Domestic-violence-and-abuse',
      'www.warwickshire.police.uk/article/8905/Domestic-violence-and-abuse',
    ],
    sources: [
      'https://www.warwickshire.police.uk/article/37870/Domestic-violence-and-abuse',
      'https://www.warwickshire.police.uk/article/8905/Domestic-violence-and-abuse',
    ],
  }),
  force({
    id: 'police-west-mercia',
    organisation: 'West Mercia Police',
    nations: ENGLAND,
    area: 'Herefordshire, Shropshire, Telford and Wrekin, and Worcestershire',
    platformHost: 'www.westmercia.police.uk',
  }),
  force({
    id: 'police-west-midlands',
    organisation: 'West Midlands Police',
    nations: ENGLAND,
    area: 'West Midlands',
    platformHost: 'www.west-midlands.police.uk',
    scopes: [
      'www.west-midlands.police.uk/your-options/clares-law-domestic-violence-disclosure-scheme',
      'www.west-midlands.police.uk/advice-centre/help-and-advice/domestic-abuse',
      'www.west-midlands.police.uk/advice-centre/help-and-advice/honour-abuse',
    ],
    sources: [
      'https://west-midlands.police.uk/your-options/clares-law-domestic-violence-disclosure-scheme',
      'https://www.west-midlands.police.uk/advice-centre/help-and-advice/domestic-abuse/index.aspx',
      'http://www.west-midlands.police.uk/advice-centre/help-and-advice/honour-abuse/index.aspx',
    ],
  }),
  force({
    id: 'police-west-yorkshire',
    organisation: 'West Yorkshire Police',
    nations: ENGLAND,
    area: 'West Yorkshire',
    platformHost: 'www.westyorkshire.police.uk',
    scopes: [
      'www.westyorkshire.police.uk/ClaresLaw',
      'www.westyorkshire.police.uk/advice/abuse-anti-social-behaviour/domestic-abuse',
    ],
    sources: [
      'https://www.westyorkshire.police.uk/ClaresLaw/in-a-relationship-request',
      'https://www.westyorkshire.police.uk/advice/abuse-anti-social-behaviour/domestic-abuse/domestic-abuse/domestic-abuse',
      'https://westyorkshire.police.uk/advice/abuse-anti-social-behaviour/domestic-abuse/clares-law-domestic-violence-disclosure-scheme-third-party-accessible/clares-law-domestic-violence-disclosure-scheme-third-party-accessible',
    ],
  }),
  force({
    id: 'police-wiltshire',
    organisation: 'Wiltshire Police',
    nations: ENGLAND,
    area: 'Wiltshire and Swindon',
    platformHost: 'www.wiltshire.police.uk',
    scopes: ['www.wiltshire.police.uk/article/1132/Domestic-Abuse'],
    sources: ['https://www.wiltshire.police.uk/article/1132/Domestic-Abuse'],
  }),
  force({
    id: 'police-dyfed-powys',
    organisation: 'Dyfed-Powys Police',
    nations: WALES,
    area: 'Carmarthenshire, Ceredigion, Pembrokeshire and Powys',
    platformHost: 'www.dyfed-powys.police.uk',
    sources: [PLATFORM_PAGES.stalking],
  }),
  force({
    id: 'police-gwent',
    organisation: 'Gwent Police',
    nations: WALES,
    area: 'Gwent',
    platformHost: 'www.gwent.police.uk',
    scopes: ['www.gwent.police.uk/advice-and-guidance/victims-of-crime/domestic-abuse'],
    sources: ['https://www.gwent.police.uk/advice-and-guidance/victims-of-crime/domestic-abuse/'],
  }),
  force({
    id: 'police-north-wales',
    organisation: 'North Wales Police',
    nations: WALES,
    area: 'North Wales',
    platformHost: 'www.northwales.police.uk',
  }),
  force({
    id: 'police-south-wales',
    organisation: 'South Wales Police',
    nations: WALES,
    area: 'South Wales',
    platformHost: 'www.south-wales.police.uk',
    scopes: ['www.south-wales.police.uk/en/advice/domestic-abuse'],
    sources: ['https://www.south-wales.police.uk/en/advice/domestic-abuse/domestic-abuse-faqs/'],
  }),
];

/** Police Scotland, the Police Service of Northern Ireland and British Transport Police. */
const otherForces: readonly SupportSite[] = [
  force({
    id: 'police-scotland',
    organisation: 'Police Scotland',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'www.scotland.police.uk/keep-safe/domestic-abuse',
      'www.scotland.police.uk/keep-safe/personal-safety/stalking',
      'www.scotland.police.uk/advice-and-information/stalking',
      'www.scotland.police.uk/advice-and-information/domestic-abuse',
      // The Disclosure Scheme for Domestic Abuse Scotland's application form.
      'www.scotland.police.uk/secureforms/disclosure',
    ],
    sources: [
      'https://www.scotland.police.uk/keep-safe/domestic-abuse',
      'https://www.scotland.police.uk/keep-safe/personal-safety/stalking',
      'https://scotland.police.uk/advice-and-information/stalking',
      'https://shetlandwa.org/disclosure-scheme-for-domestic-abuse-scotland',
      'https://github.com/smich42/st-andrews-dvsvc/blob/e33ec9999582af76722f2e259440562e5dbe3315/links.txt',
    ],
  }),
  force({
    id: 'police-service-of-northern-ireland',
    organisation: 'Police Service of Northern Ireland',
    nations: ['Northern Ireland'],
    area: 'Northern Ireland',
    // Domestic abuse, with the Domestic Violence and Abuse Disclosure Scheme (DVADS), and its domestic-abuse campaign page.
    // Also its violence against women and girls pages (its action plan, Ask for Ani, disclosure schemes).
    scopes: [
      'www.psni.police.uk/crime/domestic-abuse',
      'www.psni.police.uk/news/campaigns/domestic-abuse',
      'www.psni.police.uk/safety-and-support/keeping-safe/tackling-violence-against-women-and-girls',
      'www.psni.police.uk/VAWG',
    ],
    sources: [
      'https://www.psni.police.uk/safety-and-support/keeping-safe/tackling-violence-against-women-and-girls/violence-against-women-0',
      'https://www.psni.police.uk/VAWG/what-we-are-doing-tackle-violence-against-women-and-girls',
      'https://www.psni.police.uk/news/campaigns/domestic-abuse/',
      'https://www.psni.police.uk/crime/domestic-abuse/what-is-domestic-abuse/',
      'https://www.psni.police.uk/crime/domestic-abuse/dvads/',
    ],
  }),
  force({
    id: 'police-british-transport',
    organisation: 'British Transport Police',
    nations: ['England', 'Scotland', 'Wales'],
    area: 'Railways of Great Britain',
    // Reporting sexual harassment on the railway (text 61016).
    scopes: [
      'www.btp.police.uk/police-forces/british-transport-police/areas/campaigns/Sexual-Harassment',
      'www.btp.police.uk/about_us/our_campaigns/report_it_to_stop_it.aspx',
    ],
    sources: [
      'https://www.btp.police.uk/police-forces/british-transport-police/areas/campaigns/Sexual-Harassment/',
      'https://www.btp.police.uk/about_us/our_campaigns/report_it_to_stop_it.aspx',
    ],
  }),
];

/** National policing and prosecution sites, and commissioners' victim services. */
const national: readonly SupportSite[] = [
  {
    id: 'police-uk-rape-and-sexual-assault',
    organisation: 'Police.uk',
    kind: 'shared-domain',
    country: 'GB',
    nations: ['England', 'Wales', 'Northern Ireland'],
    area: 'England, Wales and Northern Ireland',
    // Reporting rape, sexual assault and other sexual offences, with its advice.
    scopes: ['www.police.uk/ro/report/rsa'],
    sources: [
      'https://www.police.uk/ro/report/rsa/alpha-v1/advice/rape-sexual-assault-and-other-sexual-offences/what-are-rape-sexual-assault/',
    ],
    checked: CHECKED,
  },
  {
    id: 'crown-prosecution-service',
    organisation: 'Crown Prosecution Service',
    kind: 'shared-domain',
    country: 'GB',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: [
      'www.cps.gov.uk/crime-info/domestic-abuse',
      'www.cps.gov.uk/publication/violence-against-women-and-girls',
      'www.cps.gov.uk/legal-guidance/domestic-abuse-guidelines-prosecutors',
      'www.cps.gov.uk/legal-guidance/stalking-or-harassment',
      // Its "violence against women and girls" crime types: domestic abuse, rape, stalking, honour-based abuse, FGM, forced marriage.
      'www.cps.gov.uk/types-crime/violence-against-women-and-girls',
    ],
    sources: [
      'https://cps.gov.uk/legal-guidance/stalking-or-harassment',
      'https://www.cps.gov.uk/types-crime/violence-against-women-and-girls/honour-based-abuse',
      'https://cps.gov.uk/crime-info/domestic-abuse',
      'https://www.cps.gov.uk/publication/violence-against-women-and-girls',
      'https://cps.gov.uk/legal-guidance/domestic-abuse-guidelines-prosecutors',
    ],
    checked: CHECKED,
  },
  {
    id: 'secured-by-design-stalking-domestic-abuse',
    organisation:
      'Secured by Design (police crime prevention initiative): stalking, domestic abuse and related offences',
    kind: 'shared-domain',
    country: 'GB',
    nations: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
    area: 'UK',
    // Its crime prevention site covers every crime (burglary, vehicle crime); only this section is about abuse.
    scopes: ['crimeprevention.securedbydesign.com/stalking-domestic-abuse-and-related-offences'],
    sources: ['https://crimeprevention.securedbydesign.com/stalking-domestic-abuse-and-related-offences/stalking'],
    checked: CHECKED,
  },
  {
    id: 'merseyside-pcc-domestic-abuse',
    organisation: 'Merseyside Police and Crime Commissioner: domestic abuse',
    kind: 'shared-domain',
    country: 'GB',
    nations: ['England'],
    area: 'Merseyside',
    scopes: ['www.merseysidepcc.info/get-involved/resources-campaigns/domestic-abuse'],
    sources: ['https://www.merseysidepcc.info/get-involved/resources-campaigns/domestic-abuse/'],
    checked: CHECKED,
  },
  {
    id: 'no-excuse-for-abuse-west-midlands',
    organisation: 'No Excuse for Abuse (West Midlands Police and Crime Commissioner campaign site)',
    kind: 'local',
    country: 'GB',
    nations: ['England'],
    area: 'West Midlands',
    // The commissioner's campaign site about domestic abuse and stalking.
    scopes: ['noexcuseforabuse.info'],
    sources: ['https://noexcuseforabuse.info/campaigns/stalking-is-serious/'],
    checked: CHECKED,
  },
  {
    id: 'essex-victims-gateway',
    organisation: 'Essex Victims Gateway (Police and Crime Commissioner for Essex)',
    kind: 'local',
    country: 'GB',
    nations: ['England'],
    area: 'Essex',
    // A support site for victims of crime, developed and funded by the commissioner.
    scopes: ['www.essexvictimsgateway.org'],
    sources: [
      'https://www.essexvictimsgateway.org/coping-with-crime/domestic',
      'http://www.nep.nhs.uk/resources__trashed/domestic-abuse/',
    ],
    checked: CHECKED,
  },
  {
    id: 'safe-space-sussex',
    organisation: 'Safe:Space Sussex (Sussex Police and Crime Commissioner)',
    kind: 'local',
    country: 'GB',
    nations: ['England'],
    area: 'East and West Sussex',
    // The commissioner's directory of support for victims of crime, domestic abuse among them.
    scopes: ['www.safespacesussex.org.uk'],
    sources: [
      'https://www.safespacesussex.org.uk/about-different-types-of-crime/domestic-abuse/',
      'http://preview.sussex-pcc.gov.uk/our-priorities/commissioning/victims-services/',
      'https://www.shorehamherald.co.uk/news/crime/sussex-pccs-video-log-safe-space-sussex-2857459',
    ],
    checked: CHECKED,
  },
  {
    id: 'victim-first-leicestershire',
    organisation: 'Victim First (Leicester, Leicestershire and Rutland Police and Crime Commissioner)',
    kind: 'local',
    country: 'GB',
    nations: ['England'],
    area: 'Leicester, Leicestershire and Rutland',
    // The commissioner's support service for victims of crime, stalking and domestic abuse among them.
    scopes: ['www.victims-first.org.uk'],
    sources: [
      'https://www.victims-first.org.uk/crime-info/guidance-and-support/stalking-and-harrassment/',
      'https://leics.pcc.police.uk/News-and-Events/News-Archive/2025/PR-931.aspx',
    ],
    checked: CHECKED,
  },
  {
    id: 'staffordshire-victims-gateway',
    organisation: 'Staffordshire Victims Gateway (Staffordshire Commissioner for Police, Fire and Rescue and Crime)',
    kind: 'local',
    country: 'GB',
    nations: ['England'],
    area: 'Staffordshire and Stoke-on-Trent',
    // The commissioner's support service for victims of crime (launched 2015), domestic abuse among the crimes it covers.
    scopes: ['www.staffsvictimsgateway.org.uk'],
    sources: [
      'https://www.staffsvictimsgateway.org.uk/vg-crime-types-domestic-violence/',
      'https://www.matthewellis.org.uk/campaigns/victims-and-witnesses',
    ],
    checked: CHECKED,
  },
  {
    id: 'lancashire-victim-services',
    organisation: 'Lancashire Victim Services (Police and Crime Commissioner for Lancashire)',
    kind: 'local',
    country: 'GB',
    nations: ['England'],
    area: 'Lancashire',
    // The commissioner's support service for victims of crime, with specialist domestic abuse and sexual violence teams.
    scopes: ['lancashirevictimservices.org'],
    sources: [
      'https://lancashirevictimservices.org/life-changing-lancashire-victim-services-support-thousands-to-move-on-from-crime/',
      'http://www.fleetwoodtoday.co.uk/news/local/commissioner-s-new-victim-support-role-1-8127464',
    ],
    checked: CHECKED,
  },
  {
    id: 'west-mercia-victim-advice-line',
    organisation: 'Victim Advice Line (West Mercia Police, funded by the Police and Crime Commissioner)',
    kind: 'local',
    country: 'GB',
    nations: ['England'],
    area: 'Herefordshire, Shropshire, Telford and Wrekin, Worcestershire',
    // The support service for victims of crime in West Mercia, with referral to domestic and sexual abuse services.
    scopes: ['victimadviceline.org.uk'],
    sources: [
      'https://victimadviceline.org.uk/victim-advice-parent/victim-advice/',
      'https://westmercia-pcc.gov.uk/hundreds-more-domestic-abuse-victims-to-receive-one-to-one-support',
    ],
    checked: CHECKED,
  },
  {
    id: 'hampshire-iow-victim-care',
    organisation: 'Victim Care Service (Hampshire and Isle of Wight Police and Crime Commissioner)',
    kind: 'local',
    country: 'GB',
    nations: ['England'],
    area: 'Hampshire and the Isle of Wight',
    // The commissioner's support service for victims of crime, with rape, sexual assault and domestic abuse pages.
    scopes: ['hampshireiowvictimcare.co.uk'],
    sources: [
      'http://hampshireiowvictimcare.co.uk/help-and-support/types-of-crime/rape-sexual-assault/',
      'https://onthewight.com/pcc-pledges-improved-support-service-for-victims-of-domestic-abuse/',
    ],
    checked: CHECKED,
  },
];

export const ukPolice: readonly SupportSite[] = [...forcesOfEnglandAndWales, ...otherForces, ...national];
