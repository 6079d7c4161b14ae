/**
 * The helpline directory: the one source of truth for the popup and for the list
 * of protected sites (utils/shared/protected-sites.ts derives from `protect` below).
 *
 * Every fact carries the public pages it was read from (a copy of the sourced
 * reference list, 40 services, is in tests/fixtures/). Where sources disagree, or only one
 * second-hand page prints a fact, it is marked unconfirmed; where nothing
 * trustworthy exists, the fact is left out and said in `unconfirmed`.
 */
import { ALWAYS, fact, num, WEEKDAYS } from './facts';
import { ukNationalServices } from './services-uk-national';
import type { EmergencyNumber, Service } from './types';

const CHECKED = '2026-11-27';
/** Entries whose facts were re-checked, or added, on this date. */
const RECHECKED = '2026-11-30';

/** The Dorset Police and Crime Commissioner's post for National Stalking Awareness Week, which names these services. */
export const FOUNDING_POST =
  'https://dorsetpcc.neighbourhoodalert.co.uk/Alerts/A/264661/Stalking-is-not-romantic---if-you-feel-unsafe-seek-help';

/** That post links each service through an orlo.uk short link, which stays in history. */
const orlo = (code: string) => `orlo.uk/${code}`;

const S = {
  dorsetPcc2023:
    'https://www.dorset.pcc.police.uk/news-and-newsletters/dorset-pcc-news-blog/2023/12/stalking-the-signs-and-how-victims-are-supported-in-dorset/',
  dorsetPcc2024:
    'https://www.dorset.pcc.police.uk/news-and-newsletters/dorset-pcc-news-blog/2024/02/raising-awareness-of-harmful-stalking-behaviours',
  askNed: 'https://www.dorset.police.uk/contact-us/report-a-crime-or-incident/ask-ned-how-can-we-help/',
  saraholney: 'https://www.saraholney.com/general-5',
  arun: 'https://www.arun.gov.uk/stalking',
  womensAidForum:
    'https://survivorsforum.womensaid.org.uk/survivors-forum-guidelines/survivors-forum-terms-and-conditions/',
  govtNz:
    'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
  plunket: 'https://www.plunket.org.nz/being-a-parent/family-and-whanau/family-violence/what-you-can-do/',
  rapeCrisisFaq:
    'https://247sexualabusesupport.org.uk/faqs/?utm_source=rapecrisis.org.uk&utm_medium=want+to+talk+page&utm_campaign=support+line+website&utm_content=text+card+group',
} as const;

const directoryServices: readonly Service[] = [
  {
    id: 'dorset-isac',
    name: 'Independent Stalking Advocacy Caseworkers (ISAC), You Trust / Paragon',
    description:
      'Caseworkers who give practical and emotional support to people being stalked in Dorset, whether or not the police are involved.',
    categories: ['stalking'],
    countries: ['GB'],
    area: 'Dorset',
    reach: 'local',
    unconfirmed: ['No direct phone number or website was found. Paragon (below) may put you in touch.'],
    // The caseworkers' own pages are the Police and Crime Commissioner's, and the commissioner's post.
    // A general-purpose police site: only the pages about stalking support.
    protect: [
      'www.dorset.pcc.police.uk/news-and-newsletters/dorset-pcc-news-blog/2023/12/stalking-the-signs-and-how-victims-are-supported-in-dorset',
      'www.dorset.pcc.police.uk/news-and-newsletters/dorset-pcc-news-blog/2024/02/raising-awareness-of-harmful-stalking-behaviours',
      'dorsetpcc.neighbourhoodalert.co.uk/Alerts/A/264661',
    ],
    protectSources: [FOUNDING_POST, S.dorsetPcc2023, S.dorsetPcc2024],
    sources: [
      FOUNDING_POST,
      S.dorsetPcc2023,
      S.dorsetPcc2024,
      'https://mysaferbournemouth.com/2022/04/29/stalking-is-a-dangerous-and-insidious-crime/',
    ],
    checked: CHECKED,
  },
  {
    id: 'dorset-police',
    name: 'Dorset Police',
    description: 'Report stalking, harassment or any crime in Dorset. In an emergency call 999.',
    categories: ['police', 'stalking'],
    countries: ['GB'],
    area: 'Dorset',
    reach: 'local',
    phone: fact(num('101', '101'), [S.askNed], true, 'Non-emergency number. In an emergency call 999.'),
    website: fact('https://www.dorset.police.uk/help-advice-crime-prevention/victims-witnesses/info-victims-crime/', [
      'https://www.dorset.police.uk/help-advice-crime-prevention/victims-witnesses/info-victims-crime/',
    ]),
    // A general-purpose police site: its victims' pages, not its news or the rest.
    protect: ['www.dorset.police.uk/help-advice-crime-prevention/victims-witnesses', orlo('PVN2z')],
    protectSources: [S.askNed, FOUNDING_POST],
    sources: [
      S.askNed,
      'https://www.dorset.police.uk/help-advice-crime-prevention/victims-witnesses/info-victims-crime/',
      'https://dorsetecho.co.uk/news/24759186.dorset-police-urge-residents-danger-stalking-call-999',
    ],
    checked: CHECKED,
  },
  {
    id: 'national-stalking-helpline',
    name: 'National Stalking Helpline (Suzy Lamplugh Trust)',
    description:
      'Information and guidance for anyone affected by stalking or harassment: the law, reporting, gathering evidence, staying safe.',
    categories: ['stalking'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(num('08088020300', '0808 802 0300'), [
      FOUNDING_POST,
      'https://www.suzylamplugh.org/Appeal/reach',
      S.arun,
    ]),
    hours: fact(
      'Weekdays 9:30am to 4pm, except Wednesdays 1pm to 4pm; closed on bank holidays',
      ['http://www.suzylamplugh.org/stalking/'],
      true,
      "From the charity's own page; another page says Wednesdays until 8pm.",
    ),
    // Bank holidays are not modelled: "open now" may say open on one.
    openingTimes: [
      { days: ['mon', 'tue', 'thu', 'fri'], opens: '09:30', closes: '16:00' },
      { days: ['wed'], opens: '13:00', closes: '16:00' },
    ],
    free: fact(
      true,
      ['https://www.northtynesidescp.org.uk/national-stalking-awareness-week/'],
      false,
      'Free from landlines and most mobiles, according to a 2019 page.',
    ),
    website: fact('https://www.suzylamplugh.org/', [
      'https://www.suzylamplugh.org/Appeal/reach',
      'https://www.suzylamplugh.org/news/london-stalking-support-service',
    ]),
    protect: ['www.suzylamplugh.org', 'suzylamplugh.org', orlo('nhPNT')],
    protectSources: ['https://www.suzylamplugh.org/Appeal/reach', FOUNDING_POST],
    sources: [
      'http://www.suzylamplugh.org/stalking/',
      'https://www.suzylamplugh.org/Appeal/reach',
      'https://www.suzylamplugh.org/news/london-stalking-support-service',
      'https://www.northtynesidescp.org.uk/national-stalking-awareness-week/',
      'https://www.charitytoday.co.uk/the-suzy-lamplugh-trust-the-london-stalking-support-service/',
      S.arun,
      S.saraholney,
    ],
    checked: RECHECKED,
  },
  {
    id: 'protection-against-stalking',
    name: 'Protection Against Stalking',
    description: 'National stalking charity that raises awareness and works with agencies to protect victims.',
    categories: ['stalking'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    email: fact(
      'info@protectionagainststalking.org',
      [FOUNDING_POST],
      false,
      'Printed only in a Dorset Police and Crime Commissioner’s post.',
    ),
    website: fact(
      'https://www.protectionagainststalking.org/',
      ['http://www.protectionagainststalking.org/what-we-do/'],
      false,
      'The site was found at this address over http; https was not checked.',
    ),
    unconfirmed: ['No phone line was found.'],
    protect: ['www.protectionagainststalking.org', 'protectionagainststalking.org', orlo('K8AMv')],
    protectSources: ['http://www.protectionagainststalking.org/what-we-do/', FOUNDING_POST],
    sources: [
      FOUNDING_POST,
      'http://www.protectionagainststalking.org/what-we-do/',
      'http://www.protectionagainststalking.org/vision-and-mission/',
      'http://www.suzylamplugh.org/2010/04/new-stalking-helpline-to-be-launched/',
    ],
    checked: CHECKED,
  },
  {
    id: 'paragon-dorset',
    name: 'Paragon (The You Trust): Dorset domestic and sexual abuse service',
    description:
      'Support for women, men and children in Dorset experiencing domestic or sexual abuse, including stalking: outreach, refuge and advice.',
    categories: ['domestic-abuse', 'sexual-violence', 'stalking'],
    countries: ['GB'],
    area: 'Dorset',
    reach: 'local',
    phone: fact(num('08000325204', '0800 032 5204'), [
      FOUNDING_POST,
      'https://keep106.com/2021/03/04/domestic-abuse-support-still-available',
    ]),
    hours: fact('Any time, day or night', [
      'https://keep106.com/2021/03/04/domestic-abuse-support-still-available',
      'https://www.dorsetcouncil.gov.uk/news/dorset-council-supports-16-days-of-action-raising-awareness-of-services-available-to-people-experiencing-domestic-abuse',
    ]),
    openingTimes: ALWAYS,
    unconfirmed: ["Paragon's own website was not found."],
    protect: [
      'www.dorsetcouncil.gov.uk/dvahelp',
      'www.dorsetcouncil.gov.uk/your-community/community-safety/domestic-abuse',
      orlo('peIHc'),
    ],
    protectSources: [
      'https://www.dorsetcouncil.gov.uk/your-community/community-safety/domestic-abuse/domestic-abuse-awareness-training-and-guidance-for-professionals.aspx',
      FOUNDING_POST,
    ],
    sources: [
      FOUNDING_POST,
      'https://keep106.com/2021/03/04/domestic-abuse-support-still-available',
      'https://www.dorsetcouncil.gov.uk/news/dorset-council-supports-16-days-of-action-raising-awareness-of-services-available-to-people-experiencing-domestic-abuse',
      'https://www.dorsetcouncil.gov.uk/your-community/community-safety/domestic-abuse/domestic-abuse-awareness-training-and-guidance-for-professionals.aspx',
      'https://dorsetecho.co.uk/news/19442566.dorset-receive-650k-funding-support-domestic-abuse-victims',
    ],
    checked: CHECKED,
  },
  {
    id: 'paladin',
    name: 'Paladin National Stalking Advocacy Service',
    description: 'Independent stalking advocates who support high-risk victims of stalking.',
    categories: ['stalking'],
    countries: ['GB'],
    area: 'England and Wales',
    reach: 'part',
    phone: fact(num('02038664107', '020 3866 4107'), [FOUNDING_POST, S.arun]),
    email: fact(
      'info@paladinservice.co.uk',
      ['https://bridportnews.co.uk/news/20148667.its-not-romantic---police-warning-spot-dangers-stalking'],
      false,
      'From a newspaper quoting Dorset Police.',
    ),
    website: fact('https://paladinservice.co.uk/', [
      'https://paladinservice.co.uk/guidance-for-professionals/',
      'https://paladinservice.co.uk/nsaw-paladin-bulletin/',
    ]),
    protect: ['paladinservice.co.uk', 'www.paladinservice.co.uk', orlo('tvMAS')],
    protectSources: ['https://paladinservice.co.uk/guidance-for-professionals/', FOUNDING_POST],
    sources: [
      S.arun,
      'https://bridportnews.co.uk/news/20148667.its-not-romantic---police-warning-spot-dangers-stalking',
      'https://paladinservice.co.uk/guidance-for-professionals/',
      'https://paladinservice.co.uk/nsaw-paladin-bulletin/',
      'https://www.wwaca.org/stalking-and-harassment',
    ],
    checked: CHECKED,
  },
  {
    id: 'national-domestic-abuse-helpline',
    name: 'National Domestic Abuse Helpline (Refuge)',
    description: 'Free, confidential support for anyone experiencing domestic abuse, day and night.',
    categories: ['domestic-abuse'],
    countries: ['GB'],
    area: 'England',
    reach: 'part',
    phone: fact(num('08082000247', '0808 2000 247'), [
      FOUNDING_POST,
      'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
    ]),
    hours: fact('24 hours a day, 7 days a week', [
      'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
    ]),
    openingTimes: ALWAYS,
    free: fact(true, [
      'https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims',
    ]),
    chat: fact(
      'Live chat on the website',
      ['https://limpingchicken.com/2021/05/28/bsl-helpline-launched-for-domestic-abuse/'],
      false,
      'Chat hours were not found.',
    ),
    website: fact(
      'https://www.nationaldahelpline.org.uk/',
      ['https://www.refuge.org.uk/category/news/'],
      false,
      'Address from the reference list; no page on this host was stored.',
    ),
    protect: [
      'www.nationaldahelpline.org.uk',
      'nationaldahelpline.org.uk',
      'www.refuge.org.uk',
      'refuge.org.uk',
      orlo('H6aRU'),
    ],
    protectSources: ['https://www.refuge.org.uk/category/news/', FOUNDING_POST],
    sources: [
      'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
      'https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims',
      'https://www.refuge.org.uk/category/news/',
      'https://limpingchicken.com/2021/05/28/bsl-helpline-launched-for-domestic-abuse/',
    ],
    checked: CHECKED,
  },
  {
    id: 'mens-advice-line',
    name: "Men's Advice Line (Respect)",
    description: 'Confidential help for men experiencing domestic abuse.',
    categories: ['domestic-abuse', 'men'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(num('08088010327', '0808 801 0327'), [
      FOUNDING_POST,
      'https://base25.org/domestic-abuse/',
      'https://www.centre56.org.uk/domestic-abuse',
    ]),
    hours: fact(
      'Weekdays; the hours differ between sources',
      [
        'https://base25.org/domestic-abuse/',
        'https://www.lifecentred.co.uk/life-centred-financial-planning/divorce/domestic-abuse/',
        S.saraholney,
      ],
      false,
      'Sources give 9am–5pm, 9am–8pm on some days, or 10am–8pm.',
    ),
    website: fact(
      'https://mensadviceline.org.uk/',
      [
        'http://www.respect.uk.net/articles/133-a-lifeline-for-male-victims-new-report-shows-impact-of-men-s-advice-line-during-covid-19-crisis',
      ],
      false,
      'The address was not seen on an official page.',
    ),
    protect: ['mensadviceline.org.uk', 'www.mensadviceline.org.uk', orlo('YvWfl')],
    protectSources: [FOUNDING_POST],
    sources: [
      'https://base25.org/domestic-abuse/',
      'https://www.centre56.org.uk/domestic-abuse',
      'https://www.wired-gov.net/wg/wg-news-1.nsf/print/Help+for+men+abused+by+partners+29042010090404',
      'http://www.respect.uk.net/articles/133-a-lifeline-for-male-victims-new-report-shows-impact-of-men-s-advice-line-during-covid-19-crisis',
      'https://www.lifecentred.co.uk/life-centred-financial-planning/divorce/domestic-abuse/',
    ],
    checked: CHECKED,
  },
  {
    id: 'respect-phoneline',
    name: 'Respect Phoneline',
    description: 'Confidential advice for people who are worried about being abusive towards a partner.',
    categories: ['own-behaviour', 'domestic-abuse'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(
      num('08088024040', '0808 802 4040'),
      [
        FOUNDING_POST,
        'http://www.thisisnotanexcuse.org/domestic-abuse/if-youre-an-abuser/',
        'https://pdvg.org/about-domestic-abuse/are-you-worried-that-you-are-abusive/',
      ],
      true,
      "Printed by a Dorset Police and Crime Commissioner’s post and two other pages that agree; not seen on Respect's own pages.",
    ),
    chat: fact('Webchat and email through the website', [
      'http://www.respect.uk.net/articles/respect-phoneline-support-over-the-festive-period',
    ]),
    website: fact('https://www.respect.org.uk/', [
      'https://www.respect.org.uk/articles/valentine-s-day-at-respect-it-s-not-love-if',
    ]),
    protect: [
      'respectphoneline.org.uk',
      'www.respectphoneline.org.uk',
      'www.respect.org.uk',
      'respect.org.uk',
      'www.respect.uk.net',
      orlo('Fn3qf'),
    ],
    protectSources: [
      'https://www.respect.org.uk/articles/valentine-s-day-at-respect-it-s-not-love-if',
      'http://www.respect.uk.net/articles/respect-phoneline-support-over-the-festive-period',
      FOUNDING_POST,
    ],
    sources: [
      FOUNDING_POST,
      'http://www.thisisnotanexcuse.org/domestic-abuse/if-youre-an-abuser/',
      'https://pdvg.org/about-domestic-abuse/are-you-worried-that-you-are-abusive/',
      'http://www.respect.uk.net/articles/respect-phoneline-support-over-the-festive-period',
      'https://www.respect.org.uk/articles/valentine-s-day-at-respect-it-s-not-love-if',
    ],
    checked: RECHECKED,
  },
  {
    id: 'dorset-victim-support',
    name: 'Victim Support Dorset',
    description: 'Free, confidential support for anyone affected by crime in Dorset.',
    categories: ['victim-support'],
    countries: ['GB'],
    area: 'Dorset',
    reach: 'local',
    phone: fact(
      num('03003030163', '0300 3030 163'),
      [FOUNDING_POST],
      false,
      'Printed only in a Dorset Police and Crime Commissioner’s post. The national Supportline is 08 08 16 89 111.',
    ),
    // The confirmed alternative to the number above.
    otherPhones: [
      fact({ ...num('08081689111', '08 08 16 89 111'), label: 'National Supportline, free, any time' }, [
        'https://www.victimsupport.org.uk/247-support-still-available-victims-crime/',
      ]),
    ],
    website: fact('https://www.victimsupport.org.uk/', [
      'https://www.victimsupport.org.uk/247-support-still-available-victims-crime/',
    ]),
    // Its site is the national Victim Support site, protected with the Supportline below.
    protect: [orlo('O0n0u')],
    protectSources: [FOUNDING_POST],
    sources: [
      FOUNDING_POST,
      'https://www.dorset.pcc.police.uk/working-in-partnership/victim-care/',
      'https://www.dorset.pcc.police.uk/news-and-newsletters/dorset-pcc-news-blog/2022/12/victims-support-in-dorset-16days/',
      'https://keep106.com/2019/08/12/specialist-support-to-domestic-abuse-victims',
    ],
    checked: RECHECKED,
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    description: 'Someone to talk to about anything, day or night.',
    categories: ['emotional-support'],
    countries: ['GB', 'IE'],
    area: 'UK and Ireland',
    reach: 'country',
    phone: fact(num('116123', '116 123'), [
      FOUNDING_POST,
      'https://www.samaritans.org/how-we-can-help/contact-samaritan/?gclid=EAIaIQobChMI777OrbDD9gIVDuztCh0UkQOMEAAYASAAEgK3hfD_BwE',
    ]),
    hours: fact('24 hours a day, 365 days a year', [
      'https://www.samaritans.org/how-we-can-help/contact-samaritan/?gclid=EAIaIQobChMI777OrbDD9gIVDuztCh0UkQOMEAAYASAAEgK3hfD_BwE',
    ]),
    openingTimes: ALWAYS,
    free: fact(true, [
      'https://www.samaritans.org/how-we-can-help/contact-samaritan/?gclid=EAIaIQobChMI777OrbDD9gIVDuztCh0UkQOMEAAYASAAEgK3hfD_BwE',
    ]),
    email: fact(
      'jo@samaritans.org',
      ['https://london.sunderland.ac.uk/about/news-home/health-wellbeing/samaritans'],
      false,
      'From a university page; replies are not immediate.',
    ),
    website: fact('https://www.samaritans.org/', [
      'https://www.samaritans.org/how-we-can-help/contact-samaritan/?gclid=EAIaIQobChMI777OrbDD9gIVDuztCh0UkQOMEAAYASAAEgK3hfD_BwE',
    ]),
    protect: ['www.samaritans.org', 'samaritans.org', orlo('rol2z')],
    protectSources: [
      'https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas',
      FOUNDING_POST,
    ],
    sources: [
      'https://www.samaritans.org/how-we-can-help/contact-samaritan/?gclid=EAIaIQobChMI777OrbDD9gIVDuztCh0UkQOMEAAYASAAEgK3hfD_BwE',
      'https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas',
      'https://london.sunderland.ac.uk/about/news-home/health-wellbeing/samaritans',
      'https://lotterygoodcauses.org.uk/near-you/projects/samaritans',
    ],
    checked: CHECKED,
  },
  {
    id: 'shelter',
    name: 'Shelter',
    description: 'Advice for anyone with a housing problem or at risk of losing their home.',
    categories: ['housing'],
    countries: ['GB'],
    area: 'England',
    reach: 'part',
    hours: fact('Open 365 days a year', [
      'https://england.shelter.org.uk/media/press_release/shelter_sounds_alarm_as_more_than_1000_people_a_day_call_emergency_helpline',
    ]),
    free: fact(true, [
      'https://england.shelter.org.uk/media/press_release/shelter_sounds_alarm_as_more_than_1000_people_a_day_call_emergency_helpline',
    ]),
    website: fact(
      'https://england.shelter.org.uk/housing_advice/homelessness/priority_need/at_risk_of_domestic_abuse',
      ['https://england.shelter.org.uk/housing_advice/homelessness/priority_need/at_risk_of_domestic_abuse'],
    ),
    unconfirmed: [
      'Phone number unconfirmed: a Dorset Police and Crime Commissioner’s post prints 0808 808 4444, which no other page we read prints, and no page we could read prints the other number in use, so none is shown. Check the website for the helpline number.',
    ],
    // Shelter's site covers every housing problem: only its domestic-abuse pages.
    protect: [
      'england.shelter.org.uk/housing_advice/homelessness/priority_need/at_risk_of_domestic_abuse',
      'england.shelter.org.uk/professional_resources/legal/housing_options/housing_options_for_people_experiencing_domestic_abuse',
      'england.shelter.org.uk/professional_resources/legal/housing_options/housing_options_for_people_experiencing_domestic_violence',
      orlo('a71PU'),
    ],
    protectSources: [
      'https://england.shelter.org.uk/housing_advice/homelessness/priority_need/at_risk_of_domestic_abuse',
      'https://england.shelter.org.uk/professional_resources/legal/housing_options/housing_options_for_people_experiencing_domestic_abuse/leaving_the_home_after_domestic_abuse',
      FOUNDING_POST,
    ],
    sources: [
      FOUNDING_POST,
      'https://england.shelter.org.uk/media/press_release/shelter_sounds_alarm_as_more_than_1000_people_a_day_call_emergency_helpline',
      'https://england.shelter.org.uk/support_us/jenny',
    ],
    checked: RECHECKED,
  },
  {
    id: 'childline',
    name: 'Childline',
    description: 'Free, private and confidential help for children and young people under 19.',
    categories: ['children', 'emotional-support'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(num('08001111', '0800 1111'), [FOUNDING_POST, 'https://learning.nspcc.org.uk/services/childline']),
    hours: fact('24 hours a day, every day', ['https://learning.nspcc.org.uk/services/childline']),
    openingTimes: ALWAYS,
    free: fact(true, ['https://learning.nspcc.org.uk/services/childline']),
    chat: fact('1-2-1 online chat on the website (an account is needed)', [
      'https://learning.nspcc.org.uk/services/childline',
      'http://www.childline.org.uk/pages/about.aspx?panel=open&type=Texture',
    ]),
    website: fact('https://www.childline.org.uk/', [
      'http://www.childline.org.uk/pages/about.aspx?panel=open&type=Texture',
    ]),
    protect: ['www.childline.org.uk', 'childline.org.uk', orlo('knXHX')],
    protectSources: ['http://www.childline.org.uk/pages/about.aspx?panel=open&type=Texture', FOUNDING_POST],
    sources: [
      'https://learning.nspcc.org.uk/services/childline',
      'http://www.childline.org.uk/pages/about.aspx?panel=open&type=Texture',
      'https://www.sunderlandecho.com/news/opinion/columnists/childline-advice-when-a-child-contacts-us-we-will-listen-and-support-them-3817957',
    ],
    checked: CHECKED,
  },
  {
    id: 'ncdv',
    name: 'National Centre for Domestic Violence (NCDV)',
    description: 'Free help to get an emergency injunction (a court order) against an abuser.',
    categories: ['legal', 'domestic-abuse'],
    countries: ['GB'],
    area: 'England and Wales',
    reach: 'part',
    phone: fact(num('08009702070', '0800 970 2070'), [
      FOUNDING_POST,
      'https://www.ncdv.org.uk/are-you-suffering-domestic-abuse/how-ncdv-will-help-you/',
    ]),
    text: fact({ ...num('60777', '60777'), instructions: 'Text NCDV to 60777' }, ['https://www.ncdv.org.uk/faqs/']),
    free: fact(true, ['https://www.ncdv.org.uk/are-you-suffering-domestic-abuse/how-ncdv-will-help-you/']),
    website: fact('https://www.ncdv.org.uk/', ['https://www.ncdv.org.uk/faqs/']),
    unconfirmed: [
      'Opening hours unconfirmed: NCDV\'s own pages give no hours; the "24 hours" in a Dorset Police and Crime Commissioner\'s post is not shown.',
    ],
    protect: ['www.ncdv.org.uk', 'ncdv.org.uk', orlo('iflLP')],
    protectSources: ['https://www.ncdv.org.uk/faqs/', FOUNDING_POST],
    sources: [
      FOUNDING_POST,
      'https://www.ncdv.org.uk/are-you-suffering-domestic-abuse/how-ncdv-will-help-you/',
      'https://www.ncdv.org.uk/faqs/',
      'https://www.ncdv.org.uk/are-you-suffering-domestic-abuse/faqs/',
    ],
    checked: RECHECKED,
  },
  {
    id: 'electoral-commission',
    name: 'The Electoral Commission: anonymous registration',
    description: 'Register to vote without your name and address appearing on the electoral register.',
    categories: ['privacy'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(
      num('03331031928', '0333 103 1928'),
      [
        'https://docslib.org/doc/3905028/anonymous-registration-supporting-survivors-of-domestic-abuse-to-register-to-vote',
      ],
      false,
      'General enquiries number from a 2017 leaflet; not a support line.',
    ),
    website: fact('https://www.electoralcommission.org.uk/cy/node/22216', [
      'https://www.electoralcommission.org.uk/cy/node/22216',
    ]),
    // Only its page on anonymous registration, not the rest of the regulator's site.
    protect: ['www.electoralcommission.org.uk/cy/node/22216', orlo('IKLM9')],
    protectSources: ['https://www.electoralcommission.org.uk/cy/node/22216', FOUNDING_POST],
    sources: [
      'https://www.electoralcommission.org.uk/cy/node/22216',
      'https://docslib.org/doc/3905028/anonymous-registration-supporting-survivors-of-domestic-abuse-to-register-to-vote',
      'https://irrv.net/forumalert/?Art_id=9691&Ed_id=721',
    ],
    checked: CHECKED,
  },
  {
    id: 'ico',
    name: "Information Commissioner's Office (ICO)",
    description: 'Help with how organisations use and share your personal information.',
    categories: ['privacy'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(num('03031231113', '0303 123 1113'), ['https://ico.org.uk/global/privacy-notice/make-an-enquiry']),
    chat: fact('Live chat on the website', [
      'https://ico.org.uk/about-the-ico/jobs/departments/public-advice-and-data-protection-complaints-service/',
    ]),
    website: fact(
      'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2023/09/data-breaches-put-domestic-abuse-victims-lives-at-risk-uk-information-commissioner-warns/',
      [
        'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2023/09/data-breaches-put-domestic-abuse-victims-lives-at-risk-uk-information-commissioner-warns/',
      ],
    ),
    // The regulator's site is about much else: only its page on domestic abuse victims' data.
    protect: [
      'ico.org.uk/about-the-ico/media-centre/news-and-blogs/2023/09/data-breaches-put-domestic-abuse-victims-lives-at-risk-uk-information-commissioner-warns',
      orlo('Gv7R3'),
    ],
    protectSources: [
      'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2023/09/data-breaches-put-domestic-abuse-victims-lives-at-risk-uk-information-commissioner-warns/',
      FOUNDING_POST,
    ],
    sources: [
      'https://ico.org.uk/about-the-ico/our-information/service-standards',
      'https://ico.org.uk/about-the-ico/jobs/departments/public-advice-and-data-protection-complaints-service/',
      'https://ico.org.uk/global/privacy-notice/make-an-enquiry',
    ],
    checked: CHECKED,
  },
  {
    id: 'revenge-porn-helpline',
    name: 'Revenge Porn Helpline',
    description:
      'Support for adults whose intimate images have been shared, or threatened to be shared, without consent.',
    categories: ['online-abuse', 'sexual-violence'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(num('03456000459', '0345 6000 459'), [
      'https://swgfl.org.uk/helplines/revenge-porn-helpline/',
      'https://revengepornhelpline.org.uk/faq/',
    ]),
    hours: fact('Monday to Friday, 10am to 4pm', [
      'https://swgfl.org.uk/helplines/revenge-porn-helpline/',
      'https://revengepornhelpline.org.uk/faq/',
    ]),
    openingTimes: [{ days: WEEKDAYS, opens: '10:00', closes: '16:00' }],
    website: fact('https://revengepornhelpline.org.uk/', ['https://revengepornhelpline.org.uk/faq/']),
    protect: [
      'revengepornhelpline.org.uk',
      // SWGfL's site covers all of online safety: only the helpline's page.
      'swgfl.org.uk/helplines/revenge-porn-helpline',
      orlo('WVx0a'),
    ],
    protectSources: [
      'https://revengepornhelpline.org.uk/faq/',
      'https://swgfl.org.uk/helplines/revenge-porn-helpline/',
      FOUNDING_POST,
    ],
    sources: ['https://swgfl.org.uk/helplines/revenge-porn-helpline/', 'https://revengepornhelpline.org.uk/faq/'],
    checked: CHECKED,
  },
  {
    id: 'cyber-helpline',
    name: 'The Cyber Helpline',
    description: 'Free help for people facing cybercrime and online harm, including cyberstalking.',
    categories: ['online-abuse', 'stalking'],
    countries: ['GB', 'US'],
    area: 'UK and USA',
    reach: 'country',
    chat: fact('Chatbot on the website, any time; volunteers call or email back', [
      'https://www.thecyberhelpline.com/gethelp',
      'https://www.thecyberhelpline.com/chatbot-terms-conditions-of-use',
    ]),
    free: fact(true, ['https://www.thecyberhelpline.com/gethelp']),
    website: fact('https://www.thecyberhelpline.com/', ['https://www.thecyberhelpline.com/gethelp']),
    protect: ['www.thecyberhelpline.com', 'thecyberhelpline.com', orlo('jVZVw')],
    protectSources: ['https://www.thecyberhelpline.com/gethelp', FOUNDING_POST],
    sources: [
      'https://www.thecyberhelpline.com/gethelp',
      'https://www.thecyberhelpline.com/chatbot-terms-conditions-of-use',
      'https://computerweekly.com/news/252493455/Cyber-Helpline-awarded-lottery-funding-to-support-victims',
    ],
    checked: RECHECKED,
  },
  {
    id: 'womens-aid-england',
    name: "Women's Aid (England)",
    description: 'Live chat and an online forum for women experiencing domestic abuse.',
    categories: ['domestic-abuse'],
    countries: ['GB'],
    area: 'England',
    reach: 'part',
    chat: fact('Live chat: 8am–6pm Monday to Friday, 10am–6pm weekends', [S.womensAidForum]),
    free: fact(true, [
      'https://ethicalmarketingnews.com/womens-aid-launches-urgent-appeal-on-international-womens-day-to-keep-its-life-saving-live-chat-service-running',
    ]),
    website: fact('https://www.womensaid.org.uk/', [S.womensAidForum]),
    protect: ['www.womensaid.org.uk', 'womensaid.org.uk', 'survivorsforum.womensaid.org.uk'],
    protectSources: [S.womensAidForum],
    sources: [
      S.womensAidForum,
      'https://ethicalmarketingnews.com/womens-aid-launches-urgent-appeal-on-international-womens-day-to-keep-its-life-saving-live-chat-service-running',
      'https://diginomica.com/womens-aid-enlists-live-chat-service-battle-against-domestic-abuse',
    ],
    checked: CHECKED,
  },
  {
    id: 'galop',
    name: 'Galop: LGBT+ Domestic Abuse Helpline',
    description: 'Support for LGBT+ people experiencing domestic abuse, sexual violence or hate crime.',
    categories: ['lgbt', 'domestic-abuse', 'sexual-violence', 'hate-crime'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(num('08009995428', '0800 999 5428'), [
      S.womensAidForum,
      'https://hellorayo.co.uk/hits-radio/uk/news/new-lgbt-abuse-helpline-launched',
    ]),
    hours: fact(
      'Weekdays from 10am; the closing times differ between sources',
      [S.womensAidForum, 'https://hellorayo.co.uk/hits-radio/uk/news/new-lgbt-abuse-helpline-launched', S.saraholney],
      false,
      'A 2023 launch article gives Monday to Thursday 10am–8:30pm and Friday 10am–4:30pm; another page gives 10am–5pm on Monday, Tuesday and Friday and 10am–8pm on Wednesday and Thursday.',
    ),
    email: fact('help@galop.org.uk', ['https://hellorayo.co.uk/hits-radio/uk/news/new-lgbt-abuse-helpline-launched']),
    website: fact('https://www.galop.org.uk/', ['https://www.galop.org.uk/lgbtq-survivors-user-agreement/']),
    protect: ['www.galop.org.uk', 'galop.org.uk'],
    protectSources: ['https://www.galop.org.uk/lgbtq-survivors-user-agreement/'],
    sources: [
      S.womensAidForum,
      'https://hellorayo.co.uk/hits-radio/uk/news/new-lgbt-abuse-helpline-launched',
      'http://www.galop.org.uk/recogniseandrespond/',
      'https://www.galop.org.uk/lgbtq-survivors-user-agreement/',
    ],
    checked: RECHECKED,
  },
  {
    id: 'karma-nirvana',
    name: 'Karma Nirvana',
    description: 'Helpline for people affected by honour-based abuse and forced marriage.',
    categories: ['forced-marriage', 'domestic-abuse'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(num('08005999247', '0800 5999 247'), [
      'https://karmanirvana.org.uk/get-help/faqs/faqs-for-individuals',
    ]),
    hours: fact(
      'Monday to Friday, 9am to 5pm',
      ['http://karmanirvana.org.uk/about/faq/', 'http://www.karmanirvana.org.uk/faqs/'],
      false,
      'An older page gave longer hours and weekend opening.',
    ),
    website: fact('https://karmanirvana.org.uk/', ['https://karmanirvana.org.uk/get-help/faqs/faqs-for-individuals']),
    protect: ['karmanirvana.org.uk', 'www.karmanirvana.org.uk'],
    protectSources: ['https://karmanirvana.org.uk/get-help/faqs/faqs-for-individuals'],
    sources: [
      'http://karmanirvana.org.uk/about/faq/',
      'http://www.karmanirvana.org.uk/faqs/',
      'https://karmanirvana.org.uk/get-help/faqs/faqs-for-individuals',
      S.saraholney,
    ],
    checked: CHECKED,
  },
  {
    id: 'forced-marriage-unit',
    name: 'Forced Marriage Unit (UK Government)',
    description:
      'Government unit that helps people at risk of, or already in, a forced marriage, in the UK and abroad.',
    categories: ['forced-marriage'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(num('02070080151', '020 7008 0151'), [S.askNed]),
    otherPhones: [fact({ ...num('02070081500', '020 7008 1500'), label: 'Out of hours' }, [S.askNed])],
    hours: fact('Office hours, Monday to Friday', [S.saraholney], false, 'Said to be 9am–5pm by one page.'),
    website: fact('https://www.gov.uk/guidance/forced-marriage', [S.askNed], false, 'Address from the reference list.'),
    // gov.uk is shared by all of government: only the forced-marriage guidance is protected.
    protect: ['www.gov.uk/guidance/forced-marriage'],
    protectSources: [S.askNed],
    sources: [S.askNed, S.saraholney],
    checked: CHECKED,
  },
  {
    id: 'rape-crisis-ew',
    name: 'Rape Crisis 24/7 Support Line',
    description: 'Support for anyone aged 16 or over affected by rape, sexual assault or abuse, at any time.',
    categories: ['sexual-violence'],
    countries: ['GB'],
    area: 'England and Wales',
    reach: 'part',
    hours: fact('24 hours a day, every day of the year', [S.rapeCrisisFaq]),
    openingTimes: ALWAYS,
    free: fact(true, [S.rapeCrisisFaq]),
    chat: fact('Online chat on the website', [S.rapeCrisisFaq]),
    website: fact('https://247sexualabusesupport.org.uk/', [S.rapeCrisisFaq]),
    unconfirmed: [
      'Phone number unconfirmed: the number changed and sources disagree, so none is shown. Check the website.',
    ],
    protect: [
      '247sexualabusesupport.org.uk',
      'www.247sexualabusesupport.org.uk',
      'rapecrisis.org.uk',
      'www.rapecrisis.org.uk',
    ],
    protectSources: [S.rapeCrisisFaq],
    sources: [
      S.rapeCrisisFaq,
      'https://the-independent.com/news/uk/ministry-of-justice-government-england-wales-tories-b2240276.html',
    ],
    checked: CHECKED,
  },
  {
    id: 'scotland-dafm-helpline',
    name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
    description: 'Free support for anyone in Scotland affected by domestic abuse or forced marriage.',
    categories: ['domestic-abuse', 'forced-marriage'],
    countries: ['GB'],
    area: 'Scotland',
    reach: 'part',
    phone: fact(num('08000271234', '0800 027 1234'), [
      'https://news.stv.tv/politics/victims-of-domestic-abuse-urged-not-to-suffer-in-silence-and-phone-helpline',
      'https://safer.scot/information/da/report/',
    ]),
    text: fact({ ...num('07401288595', '07401 288595'), instructions: 'Text or WhatsApp' }, [
      'https://www.scottishhousingnews.com/articles/support-for-those-experiencing-domestic-abuse-is-now-only-a-text-message-away',
    ]),
    email: fact('helpline@sdafmh.org.uk', ['https://safer.scot/information/da/report/']),
    chat: fact('Webchat on the website', ['https://safer.scot/information/da/report/']),
    hours: fact('24 hours a day, 7 days a week', [
      'https://news.stv.tv/politics/victims-of-domestic-abuse-urged-not-to-suffer-in-silence-and-phone-helpline',
    ]),
    openingTimes: ALWAYS,
    free: fact(true, [
      'https://news.stv.tv/politics/victims-of-domestic-abuse-urged-not-to-suffer-in-silence-and-phone-helpline',
    ]),
    website: fact('https://sdafmh.org.uk/', ['https://safer.scot/information/da/report/']),
    protect: ['sdafmh.org.uk', 'www.sdafmh.org.uk'],
    protectSources: ['https://safer.scot/information/da/report/'],
    sources: [
      'https://news.stv.tv/politics/victims-of-domestic-abuse-urged-not-to-suffer-in-silence-and-phone-helpline',
      'https://safer.scot/information/da/report/',
      'https://www.scottishhousingnews.com/articles/support-for-those-experiencing-domestic-abuse-is-now-only-a-text-message-away',
      'https://cdn.staging.content.citizensadvice.org.uk/scotland/family/gender-violence/domestic-violence-and-abuse-getting-help',
    ],
    checked: CHECKED,
  },
  {
    id: 'live-fear-free',
    name: 'Live Fear Free Helpline (Wales)',
    description: 'Free help in Wales for anyone experiencing domestic abuse or sexual violence.',
    categories: ['domestic-abuse', 'sexual-violence'],
    countries: ['GB'],
    area: 'Wales',
    reach: 'part',
    phone: fact(num('08088010800', '0808 80 10 800'), ['https://www.gov.wales/live-fear-free/sexual-violence']),
    text: fact(num('07860077333', '07860 077333'), ['https://www.gov.wales/live-fear-free/sexual-violence']),
    chat: fact('Live chat and email through the website', ['https://www.gov.wales/live-fear-free/sexual-violence']),
    hours: fact('24 hours a day, 7 days a week', ['https://www.gov.wales/live-fear-free/sexual-violence']),
    openingTimes: ALWAYS,
    free: fact(true, ['https://www.gov.wales/live-fear-free/sexual-violence']),
    website: fact('https://www.gov.wales/live-fear-free', ['https://www.gov.wales/live-fear-free/sexual-violence']),
    // gov.wales is shared by the whole Welsh Government: only Live Fear Free is protected.
    protect: [
      'gov.wales/live-fear-free',
      'www.gov.wales/live-fear-free',
      'livefearfree.org.uk',
      'www.livefearfree.org.uk',
    ],
    protectSources: ['https://www.gov.wales/live-fear-free/sexual-violence', 'https://gov.wales/node/33827'],
    sources: [
      'https://www.gov.wales/live-fear-free/sexual-violence',
      'https://www.welshwomensaid.org.uk/2020/10/circuit-breaker-lockdown-wales/',
      'https://gov.wales/node/33827',
    ],
    checked: CHECKED,
  },
  {
    id: 'ni-dsa-helpline',
    name: 'Domestic and Sexual Abuse Helpline (Northern Ireland)',
    description: 'Free support for anyone in Northern Ireland affected by domestic or sexual abuse.',
    categories: ['domestic-abuse', 'sexual-violence'],
    countries: ['GB'],
    area: 'Northern Ireland',
    reach: 'part',
    phone: fact(num('08088021414', '0808 802 1414'), [
      'https://www.victimsupportni.com/help-for-victims/domestic-violence',
      'https://www.bbc.com/news/uk-northern-ireland-64264109',
    ]),
    email: fact('help@dsahelpline.org', ['https://www.victimsupportni.com/help-for-victims/domestic-violence']),
    chat: fact('Webchat on the website', ['https://dsahelpline.org/feed/']),
    hours: fact('24 hours a day, 365 days a year', [
      'https://www.victimsupportni.com/help-for-victims/domestic-violence',
      'https://southerntrust.hscni.net/service/domestic-abuse-2',
    ]),
    openingTimes: ALWAYS,
    free: fact(true, ['https://www.victimsupportni.com/help-for-victims/domestic-violence']),
    website: fact('https://dsahelpline.org/', ['https://dsahelpline.org/feed/']),
    protect: ['dsahelpline.org', 'www.dsahelpline.org'],
    protectSources: ['https://dsahelpline.org/feed/'],
    sources: [
      'https://www.victimsupportni.com/help-for-victims/domestic-violence',
      'https://dsahelpline.org/feed/',
      'https://www.bbc.com/news/uk-northern-ireland-64264109',
      'https://southerntrust.hscni.net/service/domestic-abuse-2',
    ],
    checked: CHECKED,
  },
  {
    id: 'victim-support-national',
    name: 'Victim Support Supportline',
    description: 'Free, confidential support for anyone affected by crime, whether or not it was reported.',
    categories: ['victim-support'],
    countries: ['GB'],
    area: 'England and Wales',
    reach: 'part',
    phone: fact(num('08081689111', '08 08 16 89 111'), [
      'https://www.victimsupport.org.uk/247-support-still-available-victims-crime/',
    ]),
    chat: fact('Live chat on the website, 24/7', [
      'https://www.victimsupport.org.uk/press-releases/victim-support-expands-online-support-help-people-affected-crime/',
    ]),
    hours: fact('24 hours a day, 7 days a week', [
      'https://www.victimsupport.org.uk/247-support-still-available-victims-crime/',
    ]),
    openingTimes: ALWAYS,
    free: fact(true, ['https://www.victimsupport.org.uk/247-support-still-available-victims-crime/']),
    website: fact('https://www.victimsupport.org.uk/', [
      'https://www.victimsupport.org.uk/247-support-still-available-victims-crime/',
    ]),
    protect: ['www.victimsupport.org.uk', 'victimsupport.org.uk'],
    protectSources: ['https://www.victimsupport.org.uk/247-support-still-available-victims-crime/'],
    sources: [
      'https://www.victimsupport.org.uk/247-support-still-available-victims-crime/',
      'https://www.victimsupport.org.uk/press-releases/victim-support-expands-online-support-help-people-affected-crime/',
    ],
    checked: CHECKED,
  },
  {
    id: 'bright-sky',
    name: 'Bright Sky app (Hestia)',
    description:
      'Free app with information about domestic abuse and local support. Install it only on a device no one else can see: calls made from it show in call history.',
    categories: ['domestic-abuse'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    free: fact(true, ['https://www.hestia.org/news/charity-launches-domestic-abuse-support-app-in-welsh']),
    website: fact('https://www.hestia.org/', ['https://www.hestia.org/bright-sky-privacy-policy']),
    protect: ['www.hestia.org', 'hestia.org'],
    protectSources: ['https://www.hestia.org/bright-sky-privacy-policy'],
    sources: [
      'https://www.hestia.org/news/charity-launches-domestic-abuse-support-app-in-welsh',
      'https://www.hestia.org/bright-sky-privacy-policy',
      'https://www.russellwebster.com/hestia-app-abusive-relationships/',
    ],
    checked: CHECKED,
  },
  {
    id: 'silent-solution',
    name: 'Silent Solution: 999, then 55',
    description:
      'If you call 999 from a mobile and cannot speak: cough or tap if you can, listen, and press 55 only when a recorded message asks. The emergency box at the top says more.',
    categories: ['police'],
    countries: ['GB'],
    area: 'UK',
    reach: 'country',
    phone: fact(num('999', '999, then press 55'), [
      'https://inews.co.uk/news/silent-999-calls-how-to-press-55-police-advice-watchdog-277598',
      'https://heart.co.uk/news/what-to-do-if-you-need-to-call-999-but-cant-talk',
      'https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/',
    ]),
    hours: fact('24 hours a day', [
      'https://inews.co.uk/news/silent-999-calls-how-to-press-55-police-advice-watchdog-277598',
    ]),
    protect: [],
    protectSources: [],
    sources: [
      'https://inews.co.uk/news/silent-999-calls-how-to-press-55-police-advice-watchdog-277598',
      'https://heart.co.uk/news/what-to-do-if-you-need-to-call-999-but-cant-talk',
      'https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/',
      'https://www.finance-ni.gov.uk/articles/stay-home-does-not-mean-suffer-home-domestic-abuse-during-covid-19',
    ],
    checked: CHECKED,
  },
  {
    id: 'action-fraud',
    name: 'Action Fraud',
    description:
      'Report fraud and cybercrime. In Scotland, report to Police Scotland. Action Fraud never calls to ask for bank details.',
    categories: ['police', 'online-abuse'],
    countries: ['GB'],
    area: 'England, Wales and Northern Ireland',
    reach: 'part',
    phone: fact(num('03001232040', '0300 123 2040'), [
      'https://www.birmingham.gov.uk/info/50196/specific_risks/1768/cyber_security/4',
      'https://www.shropshirestar.com/news/uk-news/2020/01/25/what-is-action-fraud/',
    ]),
    otherPhones: [
      fact(
        {
          ...num('1800103001232050', '18001 then 0300 123 2050'),
          label: 'Text relay for deaf or speech-impaired callers (Relay UK), not a voice line',
        },
        ['https://www.birmingham.gov.uk/info/50196/specific_risks/1768/cyber_security/4'],
      ),
    ],
    hours: fact('Phone: Monday to Friday, 8am to 8pm. Online reporting at any time.', [
      'https://www.birmingham.gov.uk/info/50196/specific_risks/1768/cyber_security/4',
    ]),
    website: fact('https://www.actionfraud.police.uk/reporting-fraud-and-cyber-crime', [
      'https://www.birmingham.gov.uk/info/50196/specific_risks/1768/cyber_security/4',
    ]),
    // Fraud reporting for everything: only the reporting pages a victim of cyber crime uses.
    protect: ['www.actionfraud.police.uk/reporting-fraud-and-cyber-crime'],
    protectSources: ['https://www.birmingham.gov.uk/info/50196/specific_risks/1768/cyber_security/4'],
    sources: [
      'https://www.birmingham.gov.uk/info/50196/specific_risks/1768/cyber_security/4',
      'https://bexleywatch.blogspot.com/2023/09/how-to-report-scams-fraud-and-online.html',
      'https://www.neighbourhoodalert.co.uk/Alerts/A/314403/{MESSAGE-SETTINGS}',
      'https://www.shropshirestar.com/news/uk-news/2020/01/25/what-is-action-fraud/',
    ],
    checked: CHECKED,
  },
  {
    id: 'stop-hate-uk',
    name: 'Stop Hate UK',
    description: 'Report hate crime and get support, in the areas that fund the service.',
    categories: ['hate-crime', 'police'],
    countries: ['GB'],
    area: 'UK (areas that fund it)',
    reach: 'part',
    phone: fact(num('08001381625', '0800 138 1625'), [
      'https://insidecroydon.com/2020/08/06/charity-launches-helpline-to-help-those-affected-by-hate-crime/',
      'http://lgbt.foundation/news/stop-hate-uk-helphine-launched-in-merseyside/',
    ]),
    text: fact(num('07717989025', '07717 989 025'), [
      'https://insidecroydon.com/2020/08/06/charity-launches-helpline-to-help-those-affected-by-hate-crime/',
    ]),
    email: fact('talk@stophateuk.org', [
      'https://insidecroydon.com/2020/08/06/charity-launches-helpline-to-help-those-affected-by-hate-crime/',
    ]),
    hours: fact('24 hours a day, every day', [
      'https://insidecroydon.com/2020/08/06/charity-launches-helpline-to-help-those-affected-by-hate-crime/',
      'https://en.wikipedia.org/wiki/Stop_Hate_UK',
    ]),
    openingTimes: ALWAYS,
    free: fact(true, [
      'https://insidecroydon.com/2020/08/06/charity-launches-helpline-to-help-those-affected-by-hate-crime/',
    ]),
    website: fact('https://www.stophateuk.org/', ['https://en.wikipedia.org/wiki/Stop_Hate_UK']),
    unconfirmed: ['It is not known whether your area is covered: check the website.'],
    protect: ['www.stophateuk.org', 'stophateuk.org'],
    protectSources: ['https://en.wikipedia.org/wiki/Stop_Hate_UK'],
    sources: [
      'https://insidecroydon.com/2020/08/06/charity-launches-helpline-to-help-those-affected-by-hate-crime/',
      'http://lgbt.foundation/news/stop-hate-uk-helphine-launched-in-merseyside/',
      'https://en.wikipedia.org/wiki/Stop_Hate_UK',
      'https://slideplayer.com./amp/784868',
    ],
    checked: CHECKED,
  },
  {
    id: 'us-ndvh',
    name: 'National Domestic Violence Hotline',
    description: 'Support for anyone in the US affected by relationship abuse, any time.',
    categories: ['domestic-abuse'],
    countries: ['US'],
    area: 'United States',
    reach: 'country',
    phone: fact(num('18007997233', '1-800-799-SAFE (7233)'), [
      'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
      'http://www.thehotline.org/tag/support/',
    ]),
    otherPhones: [
      fact({ ...num('18007873224', '1-800-787-3224'), label: 'TTY' }, ['http://www.thehotline.org/tag/support/']),
    ],
    text: fact({ ...num('88788', '88788'), instructions: 'Text START to 88788' }, [
      'http://www.thehotline.org/tag/support/',
    ]),
    chat: fact('Live chat on the website', ['http://www.thehotline.org/tag/support/']),
    hours: fact('24 hours a day, 365 days a year', [
      'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
    ]),
    openingTimes: ALWAYS,
    free: fact(
      true,
      ['https://areachbeyondthesurface.org/the-national-domestic-violence-hotline-a-lifeline-for-those-in-crisis'],
      false,
    ),
    website: fact('https://www.thehotline.org/', ['http://www.thehotline.org/tag/support/']),
    protect: ['www.thehotline.org', 'thehotline.org'],
    protectSources: ['http://www.thehotline.org/tag/support/'],
    sources: [
      'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
      'http://www.thehotline.org/tag/support/',
      'https://areachbeyondthesurface.org/the-national-domestic-violence-hotline-a-lifeline-for-those-in-crisis',
    ],
    checked: CHECKED,
  },
  {
    id: 'ca-sheltersafe',
    name: 'ShelterSafe',
    description: 'Find a shelter for women and children escaping violence anywhere in Canada.',
    categories: ['domestic-abuse', 'housing'],
    countries: ['CA'],
    area: 'Canada',
    reach: 'country',
    free: fact(true, [
      'https://endvaw.ca/archives/news/sheltersafe-ca-launches-new-and-improved-search-features-for-women-and-children-escaping-violence/',
    ]),
    website: fact('https://www.sheltersafe.ca/', [
      'https://endvaw.ca/archives/news/sheltersafe-ca-launches-new-and-improved-search-features-for-women-and-children-escaping-violence/',
    ]),
    unconfirmed: ['Canada has no single national phone line in our sources.'],
    protect: ['www.sheltersafe.ca', 'sheltersafe.ca', 'endvaw.ca'],
    protectSources: ['https://endvaw.ca/covid-19-public/'],
    sources: [
      'https://endvaw.ca/covid-19-public/',
      'https://endvaw.ca/archives/news/sheltersafe-ca-launches-new-and-improved-search-features-for-women-and-children-escaping-violence/',
      'https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html',
    ],
    checked: CHECKED,
  },
  {
    id: 'ca-on-awhl',
    name: 'Assaulted Women’s Helpline (Ontario)',
    description: 'Crisis line for women in Ontario experiencing abuse.',
    categories: ['domestic-abuse'],
    countries: ['CA'],
    area: 'Ontario',
    reach: 'local',
    phone: fact(
      num('18668630511', '1-866-863-0511'),
      ['https://www.makeitourbusiness.ca/resources-links/safety-and-security.html'],
      false,
      'From one page that is not the helpline’s own.',
    ),
    otherPhones: [
      fact(
        { ...num('18668637868', '1-866-863-7868'), label: 'TTY' },
        ['https://www.makeitourbusiness.ca/resources-links/safety-and-security.html'],
        false,
      ),
    ],
    unconfirmed: ['Its website, hours and call costs were not found.'],
    protect: [],
    protectSources: [],
    sources: ['https://www.makeitourbusiness.ca/resources-links/safety-and-security.html'],
    checked: CHECKED,
  },
  {
    id: 'au-1800respect',
    name: '1800RESPECT',
    description:
      'National counselling, information and support for people in Australia affected by domestic, family or sexual violence.',
    categories: ['domestic-abuse', 'sexual-violence'],
    countries: ['AU'],
    area: 'Australia',
    reach: 'country',
    phone: fact(num('1800737732', '1800 737 732'), ['https://plan4womenssafety.dss.gov.au/initiatives/1800respect']),
    text: fact(num('0458737732', '0458 737 732'), ['https://thedailyaus.com.au/stories/1800-respect-text-messaging/']),
    chat: fact('Web chat and video calls through the website', [
      'https://womensagenda.com.au/latest/1800respect-launches-video-counselling-service-for-domestic-violence-support',
    ]),
    hours: fact('24 hours a day, 7 days a week', ['https://plan4womenssafety.dss.gov.au/initiatives/1800respect']),
    openingTimes: ALWAYS,
    website: fact('https://www.1800respect.org.au/', [
      'https://www.1800respect.org.au/daisy-privacy-and-terms-and-conditions/',
    ]),
    protect: ['www.1800respect.org.au', '1800respect.org.au'],
    protectSources: ['https://www.1800respect.org.au/daisy-privacy-and-terms-and-conditions/'],
    sources: [
      'https://plan4womenssafety.dss.gov.au/initiatives/1800respect',
      'https://thedailyaus.com.au/stories/1800-respect-text-messaging/',
      'https://www.1800respect.org.au/daisy-privacy-and-terms-and-conditions/',
      'https://womensagenda.com.au/latest/1800respect-launches-video-counselling-service-for-domestic-violence-support',
    ],
    checked: CHECKED,
  },
  {
    id: 'nz-womens-refuge',
    name: "Women's Refuge (New Zealand)",
    description: 'Crisis support, safe houses and advocacy for women and children in New Zealand.',
    categories: ['domestic-abuse', 'housing'],
    countries: ['NZ'],
    area: 'New Zealand',
    reach: 'country',
    phone: fact(num('0800733843', '0800 REFUGE (0800 733 843)'), ['https://womensrefuge.org.nz/get-help/', S.govtNz]),
    chat: fact('Live chat, and the Shielded Site hidden in other websites', ['https://womensrefuge.org.nz/get-help/']),
    hours: fact('24 hours a day, every day', ['https://womensrefuge.org.nz/get-help/']),
    openingTimes: ALWAYS,
    free: fact(true, ['https://womensrefuge.org.nz/get-help/']),
    website: fact('https://womensrefuge.org.nz/', ['https://womensrefuge.org.nz/get-help/']),
    protect: ['womensrefuge.org.nz', 'www.womensrefuge.org.nz'],
    protectSources: ['https://womensrefuge.org.nz/get-help/'],
    sources: ['https://womensrefuge.org.nz/get-help/', S.govtNz],
    checked: CHECKED,
  },
  {
    id: 'nz-are-you-ok',
    name: 'Family Violence Information Line (Are You OK)',
    description: 'Information and referrals for anyone in New Zealand affected by family violence.',
    categories: ['domestic-abuse'],
    countries: ['NZ'],
    area: 'New Zealand',
    reach: 'country',
    phone: fact(num('0800456450', '0800 456 450'), [S.govtNz, S.plunket]),
    hours: fact('9am to 11pm every day, or 24/7: sources differ', [S.govtNz, S.plunket], false),
    free: fact(true, [S.govtNz]),
    unconfirmed: ['Its website was not found.'],
    protect: [],
    protectSources: [],
    sources: [
      S.govtNz,
      S.plunket,
      'https://tiwanaservices.co.nz/directory/blog-post-title-one-89ad5-gg375-dlz4k-d7pkm-mk3kd-7eg26-2t65k-j5cyf-xeyaz',
    ],
    checked: CHECKED,
  },
  {
    id: 'nz-shine',
    name: 'Shine Helpline',
    description: 'Support for anyone in New Zealand experiencing domestic violence, or worried about someone who is.',
    categories: ['domestic-abuse'],
    countries: ['NZ'],
    area: 'New Zealand',
    reach: 'country',
    phone: fact(num('0508744633', '0508 744 633'), [
      'https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/',
      S.govtNz,
    ]),
    hours: fact(
      '24/7 according to Shine; 9am to 11pm according to govt.nz',
      ['https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/', S.govtNz],
      false,
    ),
    chat: fact('Online chat on the website', [
      'https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/',
    ]),
    free: fact(true, ['https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/']),
    website: fact('https://www.2shine.org.nz/', [
      'https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/',
    ]),
    protect: ['www.2shine.org.nz', '2shine.org.nz'],
    protectSources: ['https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/'],
    sources: [
      'https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/',
      S.govtNz,
      S.plunket,
      'https://nationalwomenshealth.adhb.govt.nz/womens-health-information/healthy-relationships/',
    ],
    checked: CHECKED,
  },
  {
    id: 'ie-womens-aid',
    name: "Women's Aid 24hr National Freephone Helpline (Ireland)",
    description: 'Support for women in Ireland experiencing abuse from a partner or ex-partner.',
    categories: ['domestic-abuse'],
    countries: ['IE'],
    area: 'Ireland',
    reach: 'country',
    phone: fact(num('1800341900', '1800 341 900'), [
      'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
      'https://www.thejournal.ie/womens-aid-helpline-2-2964358-Sep2016/',
    ]),
    hours: fact('24 hours a day, 7 days a week', [
      'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
    ]),
    openingTimes: ALWAYS,
    free: fact(true, [
      'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
    ]),
    website: fact('https://www.womensaid.ie/', [
      'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
    ]),
    protect: ['www.womensaid.ie', 'womensaid.ie'],
    protectSources: [
      'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
    ],
    sources: [
      'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
      'https://www.thejournal.ie/womens-aid-helpline-2-2964358-Sep2016/',
      'https://irishcentral.com/news/womens-aid-domestic-violence-helpline',
    ],
    checked: CHECKED,
  },
  {
    id: 'ie-male-advice-line',
    name: 'Male Advice Line (Ireland)',
    description:
      "Free, confidential support for men in Ireland experiencing domestic abuse (Men's Development Network).",
    categories: ['domestic-abuse', 'men'],
    countries: ['IE'],
    area: 'Ireland',
    reach: 'country',
    phone: fact(num('1800816588', '1800 816 588'), [
      'https://www.waterfordlive.ie/news/home/535639/men-s-development-network-extend-male-advice-line-to-seven-day-service.html',
      'https://avondhupress.ie/advice-line-for-victims-of-domestic-abuse-expanded-to-help-men-in-cork',
    ]),
    hours: fact(
      'Seven days a week; hours vary by day',
      [
        'https://www.waterfordlive.ie/news/home/535639/men-s-development-network-extend-male-advice-line-to-seven-day-service.html',
      ],
      false,
      'Hours from 2020 press coverage; they may have changed.',
    ),
    free: fact(true, [
      'https://avondhupress.ie/advice-line-for-victims-of-domestic-abuse-expanded-to-help-men-in-cork',
    ]),
    website: fact('https://www.mensnetwork.ie/', [
      'https://www.southeastradio.ie/mens-development-network-spotlights-essential-services/',
    ]),
    protect: ['www.mensnetwork.ie', 'mensnetwork.ie'],
    protectSources: ['https://www.southeastradio.ie/mens-development-network-spotlights-essential-services/'],
    sources: [
      'https://www.waterfordlive.ie/news/home/535639/men-s-development-network-extend-male-advice-line-to-seven-day-service.html',
      'https://avondhupress.ie/advice-line-for-victims-of-domestic-abuse-expanded-to-help-men-in-cork',
      'https://www.southeastradio.ie/mens-development-network-spotlights-essential-services/',
    ],
    checked: CHECKED,
  },
];

export const services: readonly Service[] = [...directoryServices, ...ukNationalServices];

const E = {
  iopcSun: 'https://www.the-sun.com/lifestyle/5080496/silent-solution-999-technique-dangerous-talk-help/',
  iopcHeart: 'https://heart.co.uk/news/what-to-do-if-you-need-to-call-999-but-cant-talk',
  iopcNewsround: 'https://www.bbc.co.uk/newsround/47851202',
  iopcAsianVoice: 'https://www.asian-voice.com/News/UK/Police-campaign-reveals-how-to-make-a-silent-999-call',
  standingTogether: 'http://www.standingtogether.org.uk./get-support',
  stockton: 'https://www.stocktoninformationdirectory.org/domestic-abuse',
  surreyPolice:
    'http://www.mynewsdesk.com/uk/surrey-police/news/surrey-police-issue-advice-on-pressing-55-when-calling-999-in-support-of-the-iopc-make-yourself-heard-campaign-365274',
  southport: 'https://www.southportvisiter.co.uk/news/southport-west-lancs/what-you-ring-999-cant-12447246.amp',
  esmsVanel: 'https://vanel.org.uk/kops/stay-safe/stay-safe-content/emergency-sms-service/',
  esmsSouthTees: 'https://www.southtees.nhs.uk/services/audiology/emergencysms/',
  hse: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
  nas: 'http://nationalambulanceservice.ie/Calling-999-112/When-to-call-999-112/',
  ie112: 'http://www.112.ie/What_happens_/128',
} as const;

/**
 * "In danger now" numbers, by country, each from a source. The UK's advice for
 * people who cannot speak follows the Independent Office for Police Conduct's
 * "Make Yourself Heard" guidance, as quoted by the press and by police and
 * council pages (the IOPC's own page was not among the pages we could read).
 */
export const emergencyNumbers: readonly EmergencyNumber[] = [
  {
    country: 'GB',
    number: '999',
    alsoNumber: { number: '112', sources: [E.southport, E.esmsVanel] },
    advice: [
      {
        text: 'Speak to the operator if you can, even in a whisper. If you cannot, cough or tap the phone when asked.',
        sources: [E.iopcSun, E.iopcNewsround, E.iopcHeart],
      },
      {
        text: 'On a mobile, if you make no sound you hear a recorded police message: press 55 only when it asks you to. If you do not, the call ends.',
        sources: [E.iopcSun, E.iopcHeart, E.surreyPolice],
      },
      {
        text: 'Pressing 55 does not tell the police where you are. Listen, and answer their yes or no questions by tapping.',
        sources: [E.iopcSun, E.iopcHeart, E.stockton],
      },
      {
        text: 'From a landline there is no 55 step: stay on the line. If the operator hears only background noise, the call goes to the police, and a landline call gives them your address.',
        sources: [E.standingTogether, E.stockton, E.iopcAsianVoice],
      },
      {
        text: 'Texting 999 works only if your mobile is registered first (emergencySMS, for deaf or speech-impaired people): text "register" to 999 and follow the reply.',
        sources: [E.esmsVanel, E.esmsSouthTees],
      },
    ],
    sources: [E.iopcSun, E.iopcHeart, E.iopcNewsround, E.standingTogether, E.stockton],
  },
  {
    country: 'IE',
    number: '112',
    alsoNumber: { number: '999', sources: [E.hse, E.nas] },
    advice: [
      {
        text: 'Both numbers are free from a mobile or a landline and reach the Gardaí, ambulance, fire brigade and coast guard.',
        sources: [E.hse, E.nas],
      },
      {
        text: 'Tell the call-taker where you are: do not assume they know.',
        sources: [E.ie112, E.nas],
      },
      {
        text: 'If you are deaf or have a speech impairment, register your phone in advance to text 112 in an emergency.',
        sources: [E.hse, E.nas],
      },
    ],
    sources: [E.hse, E.nas, E.ie112],
  },
  { country: 'US', number: '911', sources: ['http://www.thehotline.org/tag/support/'] },
  { country: 'CA', number: '911', sources: ['https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html'] },
  { country: 'AU', number: '000', sources: ['https://www.1800respect.org.au/daisy-privacy-and-terms-and-conditions/'] },
  { country: 'NZ', number: '111', sources: ['https://womensrefuge.org.nz/get-help/'] },
];
