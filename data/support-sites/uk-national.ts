/**
 * UK-wide and nation-wide support organisations not already in the helpline
 * directory: each is a dedicated support organisation, so its own site is
 * protected whole (and its chat, forum or campaign subdomains as their own scopes).
 *
 * Sources are pages read with the project's look-up tools on the date below: the
 * organisation's own pages where they were stored, otherwise a public record that
 * names the organisation and its web address (the UK Web Archive's target records,
 * published in the ukwa-site repository, give each archived site's address, title
 * and the organisation's own description; an organisation's later move to a new
 * address is followed only where its newer pages were read too).
 */
import type { SupportSite, UkNation } from './types';
import { ukEntries } from './uk-entry';

const CHECKED = '2026-11-30';

const UK: readonly UkNation[] = ['England', 'Scotland', 'Wales', 'Northern Ireland'];
const ENGLAND_AND_WALES: readonly UkNation[] = ['England', 'Wales'];
const GB: readonly UkNation[] = ['England', 'Scotland', 'Wales'];
const ENGLAND: readonly UkNation[] = ['England'];
const SCOTLAND: readonly UkNation[] = ['Scotland'];
const WALES: readonly UkNation[] = ['Wales'];
const NORTHERN_IRELAND: readonly UkNation[] = ['Northern Ireland'];

/** A public crawler's seed list of UK domestic-abuse support services' own sites (2025). */
const DV_SERVICE_SEEDS_2024 =
  'https://github.com/smich42/st-andrews-dvsvc/blob/e33ec9999582af76722f2e259440562e5dbe3315/links.txt';
const DV_SERVICE_SEEDS =
  'https://github.com/smich42/st-andrews-dvsvc/blob/ea7db6f82d61f070bc307aa37b05c5921f2b95de/dvsvc_crawl/spiders/dvsvc_spider.py';

/** A UK Web Archive target record (address, title, description) in the ukwa-site repository, October 2018. */
const ukwa = (target: number) =>
  `https://github.com/min2ha/ukwa-site/blob/d72f43264c436313d695b510f0d384f728a64f35/content/target/${target}/index.en.md`;

const national = ukEntries('national', CHECKED);

/** A local specialist service that national bodies point people to (its own site, protected whole). */
const local = ukEntries('local', CHECKED);

export const ukNational: readonly SupportSite[] = [
  // Domestic abuse: national bodies of the four nations, their chat and children's sites
  national({
    id: 'scottish-womens-aid',
    organisation: "Scottish Women's Aid",
    nations: SCOTLAND,
    area: 'Scotland',
    // Its address before the move to womensaid.scot.
    scopes: ['womensaid.scot', 'www.scottishwomensaid.org.uk'],
    sources: [
      "https://wikimili.com/en/Scottish_Women's_Aid",
      ukwa(32913),
      'https://www.feedspot.com/infiniterss.php?_src=followbtn&followfeedid=5486177&q=site:https%3A%2F%2Fwomensaid.scot%2Ffeed%2F',
    ],
  }),
  national({
    id: 'welsh-womens-aid',
    organisation: "Welsh Women's Aid (Cymorth i Ferched Cymru)",
    nations: WALES,
    area: 'Wales',
    scopes: ['www.welshwomensaid.org.uk'],
    sources: [
      'http://www.welshwomensaid.org.uk/index.php?option=com_content&view=article&id=128&Itemid=209',
      ukwa(29490),
    ],
  }),
  national({
    id: 'womens-aid-ni',
    organisation: "Women's Aid Federation Northern Ireland",
    nations: NORTHERN_IRELAND,
    area: 'Northern Ireland',
    // niwaf.org was its address before womensaidni.org.
    scopes: ['www.womensaidni.org', 'niwaf.org'],
    sources: [ukwa(64438), 'http://niwaf.org/Seekinghelp/seekinghelp.htm'],
  }),
  national({
    id: 'womens-aid-live-chat',
    organisation: "Women's Aid live chat",
    nations: ENGLAND,
    area: 'England',
    scopes: ['chat.womensaid.org.uk'],
    sources: [
      'https://github.com/surviving-economic-abuse/sea-guide/blob/6c93280e9e3996a8a5572d93078c638240aad7dc/src/Copy/Text.elm',
      'https://github.com/surviving-economic-abuse/sea-guide/blob/6c93280e9e3996a8a5572d93078c638240aad7dc/src/EmergencyContent.elm',
    ],
  }),
  national({
    id: 'the-hideout',
    organisation: "The Hideout (Women's Aid site for children and young people)",
    nations: ENGLAND,
    area: 'England',
    scopes: ['thehideout.org.uk'],
    sources: [
      'https://www.dvawp.co.uk/child-young-person/What-Is-Domestic-Abuse',
      'https://www.theguardian.com/technology/2005/apr/19/crime.childrensservices',
    ],
  }),
  national({
    id: 'safelives',
    organisation: 'SafeLives',
    nations: UK,
    area: 'UK',
    scopes: ['safelives.org.uk'],
    sources: ['https://safelives.org.uk/about-us/our-history', ukwa(58528)],
  }),
  national({
    id: 'standing-together',
    organisation: 'Standing Together Against Domestic Abuse',
    nations: ENGLAND,
    area: 'England',
    scopes: ['www.standingtogether.org.uk'],
    sources: [ukwa(58690)],
  }),
  national({
    id: 'ava',
    organisation: 'AVA (Against Violence and Abuse)',
    nations: ENGLAND,
    area: 'England',
    scopes: ['avaproject.org.uk'],
    sources: [ukwa(58527)],
  }),
  national({
    id: 'end-violence-against-women',
    organisation: 'End Violence Against Women Coalition',
    nations: UK,
    area: 'UK',
    scopes: ['www.endviolenceagainstwomen.org.uk'],
    sources: [ukwa(12681223)],
  }),
  national({
    id: 'uk-says-no-more',
    organisation: 'UK Says No More (Hestia)',
    nations: UK,
    area: 'UK',
    scopes: ['uksaysnomore.org'],
    sources: [ukwa(58483)],
  }),
  national({
    id: 'zero-tolerance',
    organisation: 'Zero Tolerance',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.zerotolerance.org.uk'],
    sources: ['http://www.zerotolerance.org.uk/ViolenceAgainstWomen', 'https://www.zerotolerance.org.uk/vaw-faq/'],
  }),
  national({
    id: 'womens-support-project',
    organisation: "Women's Support Project",
    nations: SCOTLAND,
    area: 'Glasgow and Scotland',
    scopes: ['www.womenssupportproject.org.uk'],
    sources: ['https://www.womenssupportproject.org.uk/40th-anniversary'],
  }),
  national({
    id: 'hafan-cymru',
    organisation: 'Hafan Cymru',
    nations: WALES,
    area: 'Wales',
    scopes: ['hafancymru.co.uk'],
    sources: [
      DV_SERVICE_SEEDS,
      'https://markisherwood-admin.conservativewebsites.org.uk/news/hafan-cymru-agm-llandudno',
    ],
  }),
  national({
    id: 'onus-ni',
    organisation: 'Onus (Safe Place and workplace charter on domestic abuse)',
    nations: NORTHERN_IRELAND,
    area: 'Northern Ireland',
    scopes: ['www.onustraining.co.uk'],
    sources: ['http://www.onustraining.co.uk/how-you-can-become-a-safe-community'],
  }),
  national({
    id: 'domestic-abuse-housing-alliance',
    organisation: 'Domestic Abuse Housing Alliance (DAHA)',
    nations: UK,
    area: 'UK',
    scopes: ['www.dahalliance.org.uk'],
    sources: [
      'https://www.dahalliance.org.uk/what-we-do/accreditation-for-housing-providers/what-is-accreditation/',
      'https://www.dahalliance.org.uk/media-hub/blog/',
    ],
  }),
  national({
    id: 'eida',
    organisation: "Employers' Initiative on Domestic Abuse (EIDA)",
    nations: UK,
    area: 'UK',
    scopes: ['eida.org.uk'],
    sources: [
      'https://eida.org.uk/news/press-release-eida-holds-its-flagship-conference-joining-forces-tackle-domestic-abuse-how-can',
    ],
  }),
  national({
    id: 'corporate-alliance',
    organisation: 'The Corporate Alliance Against Domestic Abuse',
    nations: UK,
    area: 'UK',
    scopes: ['thecorporatealliance.co.uk'],
    sources: [ukwa(58513)],
  }),
  national({
    id: 'drive-partnership',
    organisation: 'The Drive Partnership (Respect, SafeLives and Social Finance)',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['driveproject.org.uk', 'drivepartnership.org.uk'],
    sources: [
      'https://driveproject.org.uk/news/two-thousand-more-victims-will-be-supported-to-stay-safe-through-drive-as-government-and-pccs-invest-in-holding-perpetrators-to-account/',
      'https://drivepartnership.org.uk/publication/the-drive-project-to-be-delivered-across-all-areas-of-england-and-wales-putting-the-focus-on-the-perpetrator-to-increase-victim-survivor-safety',
    ],
  }),
  national({
    id: 'freedom-programme',
    organisation: 'The Freedom Programme',
    nations: UK,
    area: 'UK',
    scopes: ['www.freedomprogramme.co.uk', 'thefreedomprogramme.blogspot.com'],
    sources: [
      'http://www.voicescharity.org/2016/05/09/241/',
      'https://thefreedomprogramme.blogspot.com/2014/08/what-is-freedom-programme_21.html',
      'http://www.liverpoolecho.co.uk/news/liverpool-news/freedom-course-help-women-suffering-3355374',
    ],
  }),
  national({
    id: 'domestic-abuse-commissioner',
    organisation: 'Domestic Abuse Commissioner for England and Wales',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['domesticabusecommissioner.uk'],
    sources: [
      'https://domesticabusecommissioner.uk/blogs/one-familys-journey-to-try-to-put-an-end-to-stalking-after-the-murder-of-their-daughter-alice-ruggles/',
    ],
  }),

  // Victims of crime
  national({
    id: 'victim-support-scotland',
    organisation: 'Victim Support Scotland',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['victimsupport.scot'],
    sources: [
      'https://victimsupport.scot/about-us/news-list/minister-goes-to-court/',
      'https://victimsupport.scot/victims-awareness-week-2021',
    ],
  }),
  national({
    id: 'victims-commissioner',
    organisation: "Victims' Commissioner for England and Wales",
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['victimscommissioner.org.uk'],
    sources: ['https://victimscommissioner.org.uk/dame-vera-baird-qc-champion-for-change/'],
  }),

  // Stalking
  national({
    id: 'action-against-stalking',
    organisation: 'Action Against Stalking',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.actionagainststalking.org'],
    sources: ['https://www.actionagainststalking.org/'],
  }),
  national({
    id: 'alice-ruggles-trust',
    organisation: 'The Alice Ruggles Trust',
    nations: UK,
    area: 'UK',
    scopes: ['www.alicerugglestrust.org'],
    sources: [
      'http://alicerugglestrust.org/index.php/about/trust-activities',
      'https://www.harboroughmail.co.uk/news/crime/campaign-set-up-after-a-young-harborough-woman-was-murdered-by-her-ex-boyfriend-is-stepping-up-its-bid-to-stamp-out-stalking-3489897',
    ],
  }),

  // Sexual violence and child sexual abuse
  national({
    id: 'rape-crisis-scotland',
    organisation: 'Rape Crisis Scotland',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.rapecrisisscotland.org.uk'],
    sources: [
      'http://rapecrisisscotland.org.uk/news/blog/specialist-sexual-violence-services-save-lives/',
      'https://www.rapecrisisscotland.org.uk/blogs/news/page/29',
      ukwa(32911),
    ],
  }),
  national({
    id: 'the-survivors-trust',
    organisation: 'The Survivors Trust',
    nations: UK,
    area: 'UK',
    scopes: ['www.thesurvivorstrust.org'],
    sources: ['https://survivorsounds.buzzsprout.com/1751814/8836235-meet-the-team-the-survivors-trust-helpline?t=0'],
  }),
  national({
    id: 'survivorsuk',
    organisation: 'SurvivorsUK',
    nations: UK,
    area: 'UK',
    scopes: ['www.survivorsuk.org'],
    sources: [ukwa(58516)],
  }),
  national({
    id: 'safeline',
    organisation: 'Safeline',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['www.safeline.org.uk'],
    sources: [ukwa(58510)],
  }),
  national({
    id: 'napac',
    organisation: 'NAPAC (National Association for People Abused in Childhood)',
    nations: UK,
    area: 'UK',
    scopes: ['napac.org.uk'],
    sources: [
      'https://napac.org.uk/over-10000-call-attempts-in-the-past-five-weeks-since-footballers-spoke-out/',
      'https://pandys.org/napac.html',
    ],
  }),
  national({
    id: 'one-in-four',
    organisation: 'One in Four',
    nations: ENGLAND,
    area: 'England',
    scopes: ['www.oneinfour.org.uk'],
    sources: ['http://www.oneinfour.org.uk/', 'http://www.oneinfour.org.uk/890-2/'],
  }),
  national({
    id: 'moira-anderson-foundation',
    organisation: 'Moira Anderson Foundation',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.moiraanderson.org'],
    sources: [
      'http://www.moiraanderson.org/what-we-do/past-beneficiaries/case-study-2',
      'http://www.clarkepowerservices.com/about-us/charitable-contributions/2006-moira-anderson-foundation',
    ],
  }),
  national({
    id: 'survivorscotland',
    organisation: "SurvivorScotland (Scottish Government's national strategy for survivors of childhood abuse)",
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.survivorscotland.org.uk'],
    sources: ['http://survivorscotland.org.uk/help/glossary/', ukwa(293863622)],
  }),
  national({
    id: 'nexus-ni',
    organisation: 'Nexus NI',
    nations: NORTHERN_IRELAND,
    area: 'Northern Ireland',
    scopes: ['nexusni.org'],
    sources: ['https://nexusni.org/ni-children-no-access-free-centralised-counselling-sexual-abuse/'],
  }),
  national({
    id: 'stop-it-now',
    organisation: 'Stop It Now! (Lucy Faithfull Foundation)',
    nations: UK,
    area: 'UK',
    scopes: ['www.stopitnow.org.uk'],
    sources: [ukwa(60588060), ukwa(51410)],
  }),
  national({
    id: 'parents-protect',
    organisation: 'Parents Protect (Lucy Faithfull Foundation)',
    nations: UK,
    area: 'UK',
    scopes: ['www.parentsprotect.co.uk'],
    sources: [ukwa(60588061)],
  }),
  national({
    id: 'lucy-faithfull-foundation',
    organisation: 'The Lucy Faithfull Foundation',
    nations: UK,
    area: 'UK',
    // Its other address, lucyfaithfull.org, archived in 2011.
    scopes: ['www.lucyfaithfull.org.uk', 'www.lucyfaithfull.org'],
    sources: [
      ukwa(60588062),
      'https://www.lucyfaithfull.org.uk/annual-report-showcases-the-lucy-faithfull-foundations-work-to-protect-children/',
      'https://www.lucyfaithfull.org.uk/policy-and-advocacy/',
    ],
  }),
  national({
    id: 'marie-collins-foundation',
    organisation: 'Marie Collins Foundation',
    nations: UK,
    area: 'UK',
    scopes: ['www.mariecollinsfoundation.org.uk'],
    sources: [
      'https://www.mariecollinsfoundation.org.uk/why-mcf-is-needed',
      'https://www.mariecollinsfoundation.org.uk/news/funding-granted-for-new-global-platform-to-protect-children-from-online-abuse',
    ],
  }),
  national({
    id: 'pace',
    organisation: 'Pace (Parents Against Child Exploitation)',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['paceuk.info'],
    sources: ['https://paceuk.info/about-pace/our-story/', 'https://paceuk.info/ceo-update-parent-participation/'],
  }),

  // Men
  national({
    id: 'mankind-initiative',
    organisation: 'ManKind Initiative',
    nations: UK,
    area: 'UK',
    // The archived records are of its new.mankind.org.uk address and its news blog.
    scopes: ['mankind.org.uk', 'new.mankind.org.uk', 'mankindnews.wordpress.com'],
    sources: [ukwa(35808), ukwa(35809)],
  }),
  national({
    id: 'male-survivors-partnership',
    organisation: 'Male Survivors Partnership',
    nations: UK,
    area: 'UK',
    scopes: ['www.malesurvivor.co.uk'],
    sources: ['http://www.malesurvivor.co.uk/termsofreference/', 'http://www.malesurvivor.co.uk/blog/'],
  }),
  national({
    id: 'amis',
    organisation: 'Abused Men in Scotland (AMIS)',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['abusedmeninscotland.org'],
    sources: ['https://abusedmeninscotland.org/who-we-are/our-history', ukwa(58130)],
  }),
  national({
    id: 'dyn-wales',
    organisation: 'Dyn Wales (Safer Wales)',
    nations: WALES,
    area: 'Wales',
    scopes: ['www.dynwales.org'],
    sources: [ukwa(15567)],
  }),
  national({
    id: 'mens-advisory-project-ni',
    organisation: "Men's Advisory Project NI",
    nations: NORTHERN_IRELAND,
    area: 'Northern Ireland',
    scopes: ['www.mapni.co.uk'],
    sources: ['https://lifelawni.org/tag/domestic-abuse/page/2/'],
  }),

  // Older people; Deaf and disabled survivors
  national({
    id: 'hourglass',
    organisation: 'Hourglass (Safer Ageing)',
    nations: UK,
    area: 'UK',
    // Action on Elder Abuse was its name, and elderabuse.org.uk its address, before it became Hourglass.
    scopes: ['wearehourglass.org', 'hourglass-cymru.org.uk', 'elderabuse.org.uk'],
    sources: [
      ukwa(57160),
      'https://wearehourglass.org/welcome-safer-ageing-week-2021',
      'https://wearehourglass.org/safer-ageing-week',
      'https://hourglass-cymru.org.uk/safer-ageing-week-2020-and-how-hourglass-pivoted',
    ],
  }),
  national({
    id: 'stay-safe-east',
    organisation: 'Stay Safe East',
    nations: ENGLAND,
    area: 'London and England (national policy role)',
    scopes: ['www.staysafe-east.org.uk'],
    sources: ['https://committees.parliament.uk/writtenevidence/109720/html/'],
  }),
  national({
    id: 'disabled-survivors-unite',
    organisation: 'Disabled Survivors Unite',
    nations: UK,
    area: 'UK',
    scopes: ['disabledsurvivorsunite.org.uk'],
    sources: ['http://disabledsurvivorsunite.org.uk/index.php/page/2/'],
  }),
  national({
    id: 'respond',
    organisation: 'Respond (support for people with learning disabilities who have experienced abuse)',
    nations: ENGLAND,
    area: 'England',
    scopes: ['respond.org.uk'],
    sources: ['https://respond.org.uk/our-model/', 'https://respond.org.uk/department-of-health-funding/'],
  }),

  // Black and minoritised, migrant and faith communities
  national({
    id: 'imkaan',
    organisation: 'Imkaan',
    nations: UK,
    area: 'UK',
    scopes: ['www.imkaan.org.uk'],
    sources: [ukwa(132128)],
  }),
  national({
    id: 'southall-black-sisters',
    organisation: 'Southall Black Sisters',
    nations: ENGLAND,
    area: 'London and England',
    scopes: ['southallblacksisters.org.uk'],
    sources: [DV_SERVICE_SEEDS, 'https://islafoundation.com/grant/southall-black-sisters/'],
  }),
  national({
    id: 'sistah-space',
    organisation: 'Sistah Space',
    nations: ENGLAND,
    area: 'London',
    scopes: ['www.sistahspace.org'],
    sources: [
      'https://speed.lescigales.org/xypor/index.php?q=aHR0cHM6Ly9lbi53aWtpcGVkaWEub3JnL3dpa2kvU2lzdGFoX1NwYWNl',
      'https://www.solacewomensaid.org/news/item/solace-stands-solidarity-sistah-space/',
    ],
  }),
  national({
    id: 'lawrs',
    organisation: "Latin American Women's Rights Service (LAWRS)",
    nations: ENGLAND,
    area: 'England',
    scopes: ['www.lawrs.org.uk'],
    sources: [ukwa(28180593)],
  }),
  national({
    id: 'latin-american-womens-aid',
    organisation: "Latin American Women's Aid (LAWA)",
    nations: ENGLAND,
    area: 'London and England',
    scopes: ['lawadv.org.uk'],
    sources: [
      'https://lawadv.org.uk/a-collective-call-to-action-lawas-16-days-of-activism-2024/',
      'http://lawadv.org.uk/blog/page/5/',
    ],
  }),
  national({
    id: 'jewish-womens-aid',
    organisation: "Jewish Women's Aid",
    nations: UK,
    area: 'UK',
    scopes: ['www.jwa.org.uk'],
    sources: [ukwa(66248)],
  }),
  national({
    id: 'muslim-womens-network',
    organisation: "Muslim Women's Network UK and its helpline",
    nations: UK,
    area: 'UK',
    scopes: ['www.mwnuk.co.uk', 'mwnhelpline.co.uk', 'www.mwnhub.com'],
    sources: ['https://www.mwnuk.co.uk/mediaStatmentDetail.php?id=249', 'https://mwnhelpline.co.uk/page.php?id=100'],
  }),
  national({
    id: 'sikh-womens-aid',
    organisation: "Sikh Women's Aid",
    nations: UK,
    area: 'UK',
    scopes: ['www.sikhwomensaid.org.uk'],
    sources: ['https://www.sikhwomensaid.org.uk/publications'],
  }),
  national({
    id: 'amina-mwrc',
    organisation: "Amina – the Muslim Women's Resource Centre",
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['mwrc.org.uk'],
    sources: [
      'https://mwrc.org.uk/author/mwrcadmin',
      'https://mwrc.org.uk/blog-posts/statement-take-ownership-funding/',
    ],
  }),
  national({
    id: 'saheliya',
    organisation: 'Saheliya',
    nations: SCOTLAND,
    area: 'Edinburgh and Glasgow',
    scopes: ['www.saheliya.co.uk'],
    sources: ['https://www.slideorbit.com/slide/supporting-ethnically-diverse-communities-saheliya-s-mission/460937'],
  }),
  national({
    id: 'bawso',
    organisation: 'Bawso',
    nations: WALES,
    area: 'Wales',
    scopes: ['www.bawso.org.uk'],
    sources: [ukwa(71028)],
  }),

  // Forced marriage, honour-based abuse and FGM
  national({
    id: 'ikwro',
    organisation: "IKWRO (Iranian and Kurdish Women's Rights Organisation)",
    nations: UK,
    area: 'UK',
    scopes: ['ikwro.org.uk'],
    sources: ['http://ikwro.org.uk/', 'https://ikwro.org.uk/2015/11/21/dead-women-walking/'],
  }),
  national({
    id: 'halo-project',
    organisation: 'The Halo Project',
    nations: ENGLAND,
    area: 'England',
    scopes: ['www.haloproject.org.uk'],
    sources: ['https://www.haloproject.org.uk/about-us-W21page-11'],
  }),
  national({
    id: 'freedom-charity',
    organisation: 'Freedom Charity',
    nations: UK,
    area: 'UK',
    scopes: ['freedomcharity.org.uk'],
    sources: ['https://freedomcharity.org.uk/national-volunteers-week-2/', 'https://wikimili.com/en/Freedom_(charity)'],
  }),
  national({
    id: 'forward',
    organisation: "FORWARD (Foundation for Women's Health Research and Development)",
    nations: UK,
    area: 'UK',
    scopes: ['www.forwarduk.org.uk'],
    sources: [ukwa(115444)],
  }),
  national({
    id: 'national-fgm-centre',
    organisation: "National FGM Centre (Barnardo's and the Local Government Association)",
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['nationalfgmcentre.org.uk'],
    sources: [
      'http://nationalfgmcentre.org.uk/about-us/',
      'https://www.barnardos.org.uk/female-genital-mutilation-fgm',
    ],
  }),
  national({
    id: 'orchid-project',
    organisation: 'Orchid Project (ending female genital cutting)',
    nations: UK,
    area: 'UK',
    scopes: ['orchidproject.org'],
    sources: ['https://orchidproject.org/', 'https://orchidproject.org/category/what-we-do/'],
  }),
  national({
    id: 'fgm-aware',
    organisation: 'FGM Aware',
    nations: UK,
    area: 'UK',
    scopes: ['www.fgmaware.org'],
    sources: [ukwa(58871)],
  }),

  // Economic abuse; pets of people fleeing abuse
  national({
    id: 'surviving-economic-abuse',
    organisation: 'Surviving Economic Abuse',
    nations: UK,
    area: 'UK',
    scopes: ['survivingeconomicabuse.org', 'guide.survivingeconomicabuse.org'],
    sources: [
      'https://survivingeconomicabuse.org/news/the-official-launch-surviving-economic-abuse/',
      'https://survivingeconomicabuse.org/about-us/our-impact-2021-22',
      'https://github.com/surviving-economic-abuse/sea-guide/blob/6c93280e9e3996a8a5572d93078c638240aad7dc/README.md',
    ],
  }),
  national({
    id: 'dogs-trust-freedom-project',
    organisation: 'Dogs Trust Freedom Project (pet fostering for people fleeing domestic abuse)',
    nations: GB,
    area: 'Great Britain',
    scopes: ['www.dogstrustfreedomproject.org.uk'],
    sources: [DV_SERVICE_SEEDS],
  }),
  national({
    id: 'refuge4pets',
    organisation: 'Refuge4Pets',
    nations: ENGLAND,
    area: 'England',
    scopes: ['refuge4pets.org.uk'],
    sources: [DV_SERVICE_SEEDS],
  }),

  // Tech abuse and image-based abuse
  national({
    id: 'refuge-tech-safety',
    organisation: 'Refuge Tech Safety',
    nations: UK,
    area: 'UK',
    scopes: ['refugetechsafety.org', 'refugetechsafety.org.uk'],
    sources: [
      'https://www.refuge.org.uk/refuge-launches-domestic-abuse-tech-safety-website/',
      'https://buttondown.com/RefugeTechSafety/archive/refuges-tech-safety-newsletter-february-2025',
    ],
  }),
  national({
    id: 'chayn',
    organisation: 'Chayn',
    nations: UK,
    area: 'UK',
    scopes: ['chayn.co', 'bloom.chayn.co', 'org.chayn.co', 'soulmedicine.io'],
    sources: [
      ukwa(58595),
      'https://bloom.chayn.co/about',
      'https://org.chayn.co/impact/2023-2024',
      'https://soulmedicine.io/en/pathways/reclaiming-resilience-in-your-trauma-story/notes/week-1-session-1-introduction-to-the-course-and-the-concept-of-trauma',
    ],
  }),
  national({
    id: 'stopncii',
    organisation: 'StopNCII.org (Revenge Porn Helpline, SWGfL)',
    nations: UK,
    area: 'UK and worldwide',
    scopes: ['stopncii.org'],
    sources: ['https://stopncii.org/faq/?lang=pt-br/', 'https://swgfl.org.uk/helplines/stopncii-org/'],
  }),

  // Legal advice and justice
  national({
    id: 'rights-of-women',
    organisation: 'Rights of Women',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['www.rightsofwomen.org.uk'],
    sources: [ukwa(121839)],
  }),
  national({
    id: 'centre-for-womens-justice',
    organisation: "Centre for Women's Justice",
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['centreforwomensjustice.org.uk'],
    sources: [ukwa(60043)],
  }),
  national({
    id: 'flows-forum',
    organisation: 'FLOWS Forum (Rights of Women and RCJ Advice)',
    nations: ENGLAND,
    area: 'England',
    scopes: ['flowsforum.org'],
    sources: ['https://flowsforum.org/terms/reference/'],
  }),
  national({
    id: 'scottish-womens-rights-centre',
    organisation: "Scottish Women's Rights Centre",
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.scottishwomensrightscentre.org.uk'],
    sources: [
      'https://www.scottishwomensrightscentre.org.uk/privacy/',
      'https://www.scottishwomensrightscentre.org.uk/blogs/news/',
    ],
  }),
  // Other national bodies, helplines and campaign sites, and older addresses of renamed services
  national({
    id: 'national-stalking-helpline-old-site',
    organisation: 'National Stalking Helpline (Suzy Lamplugh Trust)',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['www.stalkinghelpline.org'],
    sources: [
      'http://www.rochdaleonline.co.uk/news-features/2/news-headlines/91289/new-guidance-on-stalking-and-harassment',
    ],
  }),
  national({
    id: 'all-wales-helpline-old-site',
    organisation: 'All Wales Domestic Abuse and Sexual Violence Helpline (now Live Fear Free)',
    nations: WALES,
    area: 'Wales',
    scopes: ['www.allwaleshelpline.org.uk'],
    sources: [ukwa(37813)],
  }),
  national({
    id: 'male-domestic-abuse-support-service',
    organisation: 'Male Domestic Abuse Support Service',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['mdass.org.uk'],
    sources: [ukwa(58126)],
  }),
  national({
    id: 'savera-uk',
    organisation: 'Savera UK',
    nations: ENGLAND,
    area: 'Merseyside and England (national helpline)',
    scopes: ['www.saverauk.co.uk'],
    sources: ['https://www.saverauk.co.uk/tag/honour-based-violence/', 'https://www.saverauk.co.uk/tag/hbv/'],
  }),
  national({
    id: 'sharan-project',
    organisation: 'The Sharan Project',
    nations: UK,
    area: 'UK',
    scopes: ['sharan.org.uk'],
    sources: [
      'https://sharan.org.uk/2014/09/20/education-is-key-to-helping-those-affected-by-forced-marriage/',
      'https://sharan.org.uk/2015/07/24/every-day-should-be-memorial-day-for-victims-of-honour-killings/',
    ],
  }),
  national({
    id: 'consent-campaign',
    organisation: 'Consent: Stop Domestic Abuse & Forced Marriages Now',
    nations: UK,
    area: 'UK',
    scopes: ['www.consentcampaign.org.uk'],
    sources: [ukwa(15466)],
  }),
  national({
    id: '28-too-many',
    organisation: '28 Too Many',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales (works on FGM worldwide)',
    scopes: ['www.28toomany.org'],
    sources: [ukwa(57945)],
  }),
  national({
    id: 'women-for-refugee-women',
    organisation: 'Women for Refugee Women',
    nations: UK,
    area: 'UK',
    scopes: ['www.refugeewomen.co.uk'],
    sources: [ukwa(60915749)],
  }),
  national({
    id: 'pods',
    organisation: 'Positive Outcomes for Dissociative Survivors (PODS)',
    nations: UK,
    area: 'UK',
    scopes: ['www.pods-online.org.uk'],
    sources: [ukwa(65208594)],
  }),
  national({
    id: 'truth-about-rape',
    organisation: 'Truth About Rape',
    nations: UK,
    area: 'UK',
    scopes: ['www.truthaboutrape.co.uk'],
    sources: [ukwa(124471)],
  }),
  national({
    id: 'not-an-invitation-to-rape-me',
    organisation: 'This is not an invitation to rape me (campaign)',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.thisisnotaninvitationtorapeme.co.uk'],
    sources: [ukwa(60588257)],
  }),
  national({
    id: 'mankind-counselling',
    organisation: 'Mankind Counselling (formerly Mankind UK)',
    nations: ENGLAND,
    area: 'England',
    // Its old address, and the new one its archived record names.
    scopes: ['mkcharity.org', 'www.mankindcounselling.org.uk'],
    sources: [ukwa(58488), ukwa(58487)],
  }),
  local({
    id: 'the-havens-london',
    organisation: "The Havens (London's sexual assault referral centres, King's College Hospital NHS Foundation Trust)",
    nations: ENGLAND,
    area: 'London',
    scopes: ['www.thehavens.org.uk'],
    sources: ['https://github.com/hasanm29/Report_It/blob/8017de690761d1c5f1fd59f320a47c035a48ee68/main/advice.php'],
  }),
  national({
    id: 'aafda',
    organisation: 'Advocacy After Fatal Domestic Abuse (AAFDA)',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['www.aafda.org.uk'],
    sources: ['https://slideserve.com/samuelh/the-problem-of-status-and-domestic-homicide-powerpoint-ppt-presentation'],
  }),
  national({
    id: 'hollie-guard',
    organisation: 'Hollie Guard (personal safety app of the Hollie Gazzard Trust)',
    nations: UK,
    area: 'UK',
    scopes: ['hollieguard.com'],
    sources: [
      'https://github.com/sihamnimale/OurVoice-project/blob/a7b1de2532a5850d09f1c4376ab92ce709cdc9df/src/backend/support_hub_data.py',
      'https://inews.co.uk/news/888-app-hollie-guard-nick-gazzard-sarah-everard-sabina-nessa-murders-violence-women-safety-1249020',
    ],
  }),
  // CEOP's site is on police.uk: only its Safety Centre, where children and adults report online sexual abuse.
  {
    id: 'ceop-safety-centre',
    organisation: "CEOP Safety Centre (National Crime Agency's child protection command)",
    kind: 'shared-domain',
    country: 'GB',
    nations: UK,
    area: 'UK',
    scopes: ['www.ceop.police.uk/Safety-Centre'],
    sources: [
      'https://ceop.police.uk/Safety-Centre/How-can-CEOP-help-me-YP/How-can-CEOP-help-me-concerned-adult',
      'https://www.thinkuknow.co.uk/11_13/help/CEOP/',
    ],
    checked: CHECKED,
  },
  national({
    id: 'step-up-migrant-women',
    organisation: "Step Up Migrant Women (coalition led by the Latin American Women's Rights Service)",
    nations: UK,
    area: 'UK',
    scopes: ['stepupmigrantwomen.org'],
    sources: [
      DV_SERVICE_SEEDS_2024,
      'https://familylaw.co.uk/news_and_comment/domestic-abuse-bill-will-not-protect-children-and-migrant-women-sufficiently-say-charities',
    ],
  }),
  national({
    id: 'the-survivors-trust-referral-directory',
    organisation: 'The Survivors Trust (its service on the rit.org.uk platform)',
    nations: UK,
    area: 'UK',
    scopes: ['thesurvivorstrust.eu.rit.org.uk'],
    sources: [DV_SERVICE_SEEDS_2024],
  }),
  national({
    id: 'daughters-of-eve',
    organisation: 'Daughters of Eve (FGM)',
    nations: UK,
    area: 'UK',
    scopes: ['www.dofeve.org'],
    sources: [
      'https://github.com/MrsHannahJ/vaginismus-site-redesign/blob/44a802ab6ab13163cd3a5565f6956d386e2c4d54/further-support/related-conditions/female-genital-mutilation-fgm/index.php',
      'https://en.wikipedia-on-ipfs.org/wiki/Daughters_of_Eve',
    ],
  }),
  national({
    id: 'victim-support-scotland-old-site',
    organisation: 'Victim Support Scotland (its address before victimsupport.scot)',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.victimsupportsco.org.uk'],
    sources: [ukwa(10046)],
  }),
  local({
    id: 'victim-support-london',
    organisation: 'Victim Support London',
    nations: ENGLAND,
    area: 'London',
    scopes: ['www.vslondon.org'],
    sources: [ukwa(113038)],
  }),
  national({
    id: 'national-domestic-violence-helpline-old-site',
    organisation:
      "National Domestic Violence Helpline (Refuge and Women's Aid; now the National Domestic Abuse Helpline)",
    nations: ENGLAND,
    area: 'England',
    scopes: ['www.nationaldomesticviolencehelpline.org.uk'],
    sources: [
      'http://www.thewestmorlandgazette.co.uk/opinion/citizens_advice/14189623.CITIZENS_ADVICE_COLUMN__Four_steps_to_help_tackle_domestic_abuse/',
    ],
  }),
  // Children's and young people's sites about sexual abuse and exploitation
  national({
    id: 'ceop-education',
    organisation: "CEOP Education (Thinkuknow), the National Crime Agency's child sexual abuse education programme",
    nations: UK,
    area: 'UK',
    scopes: ['www.thinkuknow.co.uk', 'www.ceopeducation.co.uk'],
    sources: [
      'https://www.thinkuknow.co.uk/Parentsold/SafeUse/',
      'https://www.thinkuknow.co.uk/professionals/training/code-of-conduct/',
      'https://www.ceopeducation.co.uk/professionals/faqs/',
    ],
  }),
  national({
    id: 'everyones-invited',
    organisation: "Everyone's Invited",
    nations: UK,
    area: 'UK',
    scopes: ['www.everyonesinvited.uk'],
    sources: ["https://wikimili.com/en/Everyone's_Invited"],
  }),
  // Deaf and disabled people
  national({
    id: 'ann-craft-trust',
    organisation: 'Ann Craft Trust (safeguarding disabled children and adults at risk of abuse)',
    nations: UK,
    area: 'UK',
    scopes: ['www.anncrafttrust.org'],
    sources: [
      'https://www.anncrafttrust.org/responding-to-the-independent-inquiry-into-child-sexual-abuse/',
      'http://anncrafttrust.org/whyitmatters.php',
    ],
  }),
  // Online abuse
  national({
    id: 'glitch',
    organisation: 'Glitch (ending online abuse of women, especially Black women)',
    nations: UK,
    area: 'UK',
    scopes: ['glitchcharity.co.uk', 'fixtheglitch.org'],
    sources: [
      'https://glitchcharity.co.uk/our-campaigns/',
      'https://glitchcharity.co.uk/emerging-from-a-strategic-pause/',
      'https://fixtheglitch.org/campaigns/our-vision/',
    ],
  }),
  // Victims of crime
  national({
    id: 'victim-and-witness-information',
    organisation: "Victim and Witness Information (the Ministry of Justice's service for victims of crime)",
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['www.victimandwitnessinformation.org.uk'],
    sources: [
      'https://github.com/CriminalInjuriesCompensationAuthority/q-templates-application/blob/7e039435a2efbe513d22e0e634d07d621e1d9b98/src/lib/resource/sections/context-pregnancy.js',
    ],
  }),
  // Survivors of childhood abuse and victims of crime in Scotland
  national({
    id: 'scottish-child-abuse-inquiry',
    organisation: 'Scottish Child Abuse Inquiry',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['childabuseinquiry.scot'],
    sources: [ukwa(48304)],
  }),
  national({
    id: 'victims-of-crime-in-scotland',
    organisation: 'Victims of Crime in Scotland (information for victims and witnesses)',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.victimsofcrimeinscotland.org.uk'],
    sources: [ukwa(16752)],
  }),
  national({
    id: 'future-pathways',
    organisation:
      "Future Pathways (Scotland's support for survivors of abuse or neglect in care; the In Care Survivors Alliance)",
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['future-pathways.co.uk', 'www.incarealliance.scot'],
    sources: [
      'https://future-pathways.co.uk/faqs',
      'https://future-pathways.co.uk/future-pathways-urges-survivors-of-in-care-abuse-and-neglect-to-register-for-support/',
    ],
  }),
  national({
    id: 'redress-scotland',
    organisation: 'Redress Scotland (decisions on redress for survivors of historical child abuse in care)',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.redress.scot'],
    sources: ['https://redress.scot/?p=6', 'https://www.redress.scot/about-redress-scotland/what-our-words-mean/'],
  }),
  // Northern Ireland: survivors of institutional childhood abuse, and victims of crime
  national({
    id: 'cosica-ni',
    organisation: 'Commissioner for Survivors of Institutional Childhood Abuse (COSICA)',
    nations: NORTHERN_IRELAND,
    area: 'Northern Ireland',
    scopes: ['www.cosica-ni.org'],
    sources: [
      'https://www.cosica-ni.org/about-us',
      'https://www.executiveoffice-ni.gov.uk/articles/historical-institutional-abuse-inquiry',
    ],
  }),
  national({
    id: 'commissioner-for-victims-of-crime-ni',
    organisation: 'Commissioner for Victims of Crime Northern Ireland',
    nations: NORTHERN_IRELAND,
    area: 'Northern Ireland',
    scopes: ['cvocni.org'],
    sources: ['https://cvocni.org/news/victims-crime-day-2024'],
  }),
  // LGBT+ people
  national({
    id: 'lgbt-domestic-abuse-forum',
    organisation: 'LGBT* Domestic Abuse Forum',
    nations: UK,
    area: 'UK',
    scopes: ['lgbtdaf.org'],
    sources: ['http://lgbtdaf.org/about-us/'],
  }),
  // LGBT Foundation's site covers all of LGBT people's health and wellbeing: only its domestic abuse pages.
  {
    id: 'lgbt-foundation-domestic-abuse',
    organisation: 'LGBT Foundation: domestic abuse advice',
    kind: 'shared-domain',
    country: 'GB',
    nations: ENGLAND,
    area: 'England',
    scopes: ['lgbt.foundation/information-advice/relationships/domestic-violence'],
    sources: ['http://lgbt.foundation/information-advice/relationships/domestic-violence/'],
    checked: CHECKED,
  },
  // Stalking: an evidence-logging app's site
  national({
    id: 'followit-app',
    organisation: "FollowItApp (Rape Crisis Scotland and the Scottish Women's Rights Centre)",
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['followitapp.org.uk'],
    sources: [
      'https://followitapp.org.uk/',
      'https://followitapp.org.uk/privacy-policy/',
      'https://www.scottishwomensrightscentre.org.uk/news/news/innovative-app-launched-in-scotland-to-help-women-report-stalking-to-the-police/',
    ],
  }),
  // Preventing abuse in young people's relationships
  national({
    id: 'tender',
    organisation: 'Tender (preventing domestic abuse and sexual violence among young people)',
    nations: UK,
    area: 'UK',
    scopes: ['tender.org.uk'],
    sources: ['https://tender.org.uk/about/impact/', 'https://tender.org.uk/schools-programme/how-we-do-it/'],
  }),
  national({
    id: 'victim-support-old-site',
    organisation: 'Victim Support (England and Wales; its earlier address)',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['www.victimsupport.com'],
    sources: [
      'http://www.victimsupport.com/vs_england_wales/about_us/press_releases/press_release_archive_pf_y/',
      'https://www.victimsupport.com/vs_england_wales/about_us/publications/30_30_vision/30_30_ahead/',
    ],
  }),
  national({
    id: 'commission-for-truth-and-reconciliation-uk',
    organisation: 'Commission for Truth and Reconciliation for victims of sexual abuse in the United Kingdom',
    nations: UK,
    area: 'UK',
    scopes: ['www.ctruk.org.uk'],
    sources: [ukwa(63275083)],
  }),
  // Survivors of child sexual abuse in institutions (England and Wales)
  national({
    id: 'iicsa-truth-project',
    organisation: 'Independent Inquiry into Child Sexual Abuse (IICSA) and its Truth Project',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['www.truthproject.org.uk', 'www.iicsa.org.uk'],
    sources: [
      'https://www.truthproject.org.uk/whats-involved/truth-project-right-you',
      'https://www.truthproject.org.uk/share-your-experience',
      'https://www.iicsa.org.uk/news/over-six-thousand-victims-and-survivors-share-their-experience-truth-project',
    ],
  }),
  national({
    id: 'women-against-rape',
    organisation: "Women Against Rape and Black Women's Rape Action Project (joint site)",
    nations: ENGLAND,
    area: 'England',
    scopes: ['www.womenagainstrape.net'],
    sources: [
      'http://www.womenagainstrape.net/inthemedia/camden-groups-battle-prioritise-heinous-crime',
      'http://womenagainstrape.net/content/met-rape-apology-not-enough',
    ],
  }),
  national({
    id: 'loving-me',
    organisation: 'Loving Me (online support for trans and non-binary survivors of domestic and sexual violence)',
    nations: ENGLAND,
    area: 'England',
    scopes: ['lovingme.uk'],
    sources: [
      'https://github.com/genderkit/genderkit/blob/6980682e01d57f96c28760f03c11121140337912/_data/organisations.yml',
    ],
  }),
  // Faith settings
  national({
    id: 'safe-spaces-england-and-wales',
    organisation: 'Safe Spaces (support for survivors of church-related abuse)',
    nations: ENGLAND_AND_WALES,
    area: 'England and Wales',
    scopes: ['www.safespacesenglandandwales.org.uk'],
    sources: [
      'https://safespacesenglandandwales.org.uk/category/about',
      'https://www.cbcew.org.uk/launch-of-safe-spaces/',
    ],
  }),
  national({
    id: 'restored',
    organisation: 'Restored (Christian alliance to end violence against women)',
    nations: UK,
    area: 'UK',
    scopes: ['www.restored-uk.org', 'www.restoredrelationships.org'],
    sources: [
      'https://www.restored-uk.org/about/blog/why-we-do-what-we-do/',
      'https://www.restored-uk.org/about/our-vision/our-principles/',
      'https://www.restoredrelationships.org/about-us/faq/',
    ],
  }),
  // LGBT Youth Scotland's site covers all of young LGBT people's lives: only its domestic abuse research pages.
  {
    id: 'lgbt-youth-scotland-domestic-abuse',
    organisation: 'LGBT Youth Scotland: Voices Unheard (LGBT young people and domestic abuse)',
    kind: 'shared-domain',
    country: 'GB',
    nations: SCOTLAND,
    area: 'Scotland',
    scopes: ['www.lgbtyouth.org.uk/VoicesUnheard'],
    sources: ['https://www.lgbtyouth.org.uk/VoicesUnheard'],
    checked: CHECKED,
  },
  // SignHealth's site covers all of Deaf people's health: only its domestic-abuse service's pages.
  {
    id: 'signhealth-deafhope',
    organisation: "SignHealth's DeafHope (Domestic Abuse Service)",
    kind: 'shared-domain',
    country: 'GB',
    nations: ENGLAND,
    area: 'England',
    scopes: [
      'signhealth.org.uk/people/domestic-abuse-team-maries-story',
      'signhealth.org.uk/announcement/home-office-funding-signhealth',
      'signhealth.org.uk/announcement/domestic-abuse-service-coronavirus-contigency-plan',
    ],
    sources: [
      'https://signhealth.org.uk/people/domestic-abuse-team-maries-story',
      'https://signhealth.org.uk/announcement/home-office-funding-signhealth',
      'https://staging.signhealth.org.uk/announcement/domestic-abuse-service-coronavirus-contigency-plan/',
    ],
    checked: CHECKED,
  },
];
