import { sharedDomainPages } from './shared-domain-page';
import type { SupportSite } from './types';

/** A public copy of GOV.UK's guides as they were in February 2012, one folder per page address. */
const GOV_UK_2012_COPY = 'https://github.com/craigw/govuk-data/blob/7e5bbb551c261ecbbd41bed8a99743cc9bad2d6a/data';

/**
 * The abuse, stalking and safety pages of the UK and devolved governments'
 * sites (GOV.UK, gov.scot and mygov.scot, gov.wales, nidirect), by path.
 * GOV.UK's forced-marriage guidance and gov.wales's Live Fear Free pages are
 * already protected through the helpline directory.
 */
export const ukGovernment: readonly SupportSite[] = [
  sharedDomainPages({
    id: 'gov-uk-domestic-abuse-help',
    organisation: 'GOV.UK (Home Office): Domestic abuse: how to get help',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/guidance/domestic-abuse-how-to-get-help'],
    sources: [
      'https://github.com/hmcts/prl-citizen-frontend/blob/2d70390df7c531a9fd01dec71103803d1116148c/src/main/steps/common/safety-concerns/yourself/report-abuse/content.ts',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-report-domestic-abuse',
    organisation: 'GOV.UK: Report domestic abuse',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/report-domestic-abuse'],
    sources: [
      'https://www.yourhousinggroup.co.uk/customers/safety-and-support/domestic-abuse/',
      'https://github.com/hmcts/prl-citizen-frontend/blob/2d70390df7c531a9fd01dec71103803d1116148c/src/main/steps/common/safety-concerns/yourself/report-abuse/content.ts',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-report-child-abuse',
    organisation: 'GOV.UK: Report child abuse',
    nations: ['England', 'Wales', 'Scotland', 'Northern Ireland'],
    area: 'UK',
    scopes: ['www.gov.uk/report-child-abuse', 'www.gov.uk/report-child-abuse-to-local-council'],
    sources: [
      'https://github.com/hmcts/prl-citizen-frontend/blob/2d70390df7c531a9fd01dec71103803d1116148c/src/main/steps/common/safety-concerns/child/content.ts',
      'https://github.com/hmcts/prl-citizen-frontend/blob/2d70390df7c531a9fd01dec71103803d1116148c/src/main/steps/common/safety-concerns/child/report-abuse/content.ts',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-domestic-abuse-injunction',
    organisation: "GOV.UK: Get an injunction if you've been the victim of domestic abuse",
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/injunction-domestic-violence'],
    sources: ['https://www.gov.uk/injunction-domestic-violence/eligibility-non-molestation'],
  }),
  sharedDomainPages({
    id: 'gov-uk-forced-marriage-protection-order',
    organisation: 'GOV.UK: Apply for a forced marriage protection order',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/apply-forced-marriage-protection-order'],
    sources: [
      'https://www.gov.uk/apply-forced-marriage-protection-order',
      'https://Www.Gov.uk/apply-forced-marriage-protection-order/after-you-apply',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-legal-aid-domestic-abuse',
    organisation: 'GOV.UK: Legal aid for domestic abuse',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/legal-aid/domestic-abuse', 'www.gov.uk/legal-aid/domestic-abuse-or-violence'],
    sources: ['https://www.gov.uk/legal-aid/domestic-abuse', 'https://www.gov.uk/legal-aid/domestic-abuse-or-violence'],
  }),
  sharedDomainPages({
    id: 'gov-uk-domestic-violence-disclosure-scheme',
    organisation: "GOV.UK (Home Office): Domestic Violence Disclosure Scheme (Clare's law)",
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: [
      'www.gov.uk/government/publications/domestic-violence-disclosure-scheme-pilot-guidance',
      'www.gov.uk/government/consultations/domestic-violence-disclosure-scheme-guidance',
    ],
    sources: [
      'https://www.gov.uk/government/publications/domestic-violence-disclosure-scheme-pilot-guidance',
      'https://www.gov.uk/government/publications/domestic-violence-disclosure-scheme-pilot-guidance/domestic-violence-disclosure-scheme-accessible',
      'https://gov.uk/government/consultations/domestic-violence-disclosure-scheme-guidance/dvds-guidance-accessible',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-stalking-protection-orders',
    organisation: 'GOV.UK (Home Office): Stalking Protection Orders statutory guidance',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/government/publications/stalking-protection-act-statutory-guidance-for-the-police'],
    sources: [
      'https://www.gov.uk/government/publications/stalking-protection-act-statutory-guidance-for-the-police/stalking-protection-orders-statutory-guidance-for-the-police-accessible-version',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-domestic-abuse-act-guidance',
    organisation: 'GOV.UK (Home Office): Domestic Abuse Act 2021 statutory guidance',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/government/consultations/domestic-abuse-act-statutory-guidance'],
    sources: [
      'https://www.gov.uk/government/consultations/domestic-abuse-act-statutory-guidance/outcome/domestic-abuse-act-2021-statutory-guidance-consultation-government-response-accessible',
      'https://laurenscitycats.org/supporting-document-guidance-on-gov-uk-citizenship-2527',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-homelessness-code-domestic-abuse',
    organisation: 'GOV.UK: Homelessness code of guidance for local authorities, chapter 21: domestic abuse',
    nations: ['England'],
    area: 'England',
    scopes: ['www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/chapter-21-domestic-abuse'],
    sources: [
      'https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/chapter-21-domestic-abuse',
    ],
  }),
  sharedDomainPages({
    id: 'gov-wales-honour-based-violence',
    organisation: 'Welsh Government: Honour-based violence and forced marriage',
    nations: ['Wales'],
    area: 'Wales',
    scopes: ['gov.wales/node/19817'],
    sources: ['https://gov.wales/node/19817'],
  }),
  sharedDomainPages({
    id: 'gov-scot-violence-against-women-and-girls',
    organisation: 'Scottish Government: violence against women and girls, Equally Safe',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'www.gov.scot/policies/violence-against-women-and-girls',
      'www.gov.scot/publications/equally-safe-scotlands-strategy-preventing-eradicating-violence-against-women-girls',
      'www.gov.scot/publications/equally-safe-delivery-plan',
      'www.gov.scot/publications/equally-safe-final-report',
    ],
    sources: [
      'http://www.gov.scot/policies/violence-against-women-and-girls/',
      'https://www.gov.scot/publications/equally-safe-scotlands-strategy-preventing-eradicating-violence-against-women-girls/pages/6/',
      'https://gov.scot/publications/equally-safe-delivery-plan/pages/3',
      'https://www.gov.scot/publications/equally-safe-final-report/pages/8/',
    ],
  }),
  sharedDomainPages({
    id: 'gov-scot-sexual-assault-response-coordination-service',
    organisation: 'Scottish Government: Sexual Assault Response Coordination Service (SARCS)',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'www.gov.scot/publications/information-nhs-sexual-assault-response-coordination-service-sarcs',
      'www.gov.scot/publications/sarcs-guidance-healthcare-professionals',
      'www.gov.scot/publications/easy-read-self-referral-sexual-assault-response-coordination-service-sarcs',
    ],
    sources: [
      'https://www.gov.scot/publications/information-nhs-sexual-assault-response-coordination-service-sarcs/pages/1/',
      'https://www.gov.scot/publications/sarcs-guidance-healthcare-professionals/',
      'https://www.gov.scot/publications/easy-read-self-referral-sexual-assault-response-coordination-service-sarcs/pages/3/',
    ],
  }),
  sharedDomainPages({
    id: 'llyw-cymru-byw-heb-ofn',
    organisation: 'Llywodraeth Cymru: Byw Heb Ofn (Live Fear Free, in Welsh)',
    nations: ['Wales'],
    area: 'Wales',
    scopes: ['llyw.cymru/node/5389', 'llyw.cymru/gwasanaethau-cam-drin-domestig-yng-nghymru-yn-barod-i-helpu'],
    sources: [
      'https://llyw.cymru/node/5389',
      'https://llyw.cymru/gwasanaethau-cam-drin-domestig-yng-nghymru-yn-barod-i-helpu?_ga=2.182679142.1937142507.1588165153-1590573053.1544713346',
    ],
  }),
  sharedDomainPages({
    id: 'mygov-scot-domestic-abuse',
    organisation: 'mygov.scot (Scottish Government): Domestic abuse: support',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: ['www.mygov.scot/domestic-abuse'],
    sources: [
      'https://github.com/scottish-government-design-system/designsystem.gov.scot/blob/6972813d520051203946a6f838f5f98ba74c469e/patterns/quick-exit/example.main.md',
    ],
  }),
  sharedDomainPages({
    id: 'justice-ni-domestic-and-sexual-abuse',
    organisation: 'Department of Justice (Northern Ireland): domestic and sexual abuse, stalking protection orders',
    nations: ['Northern Ireland'],
    area: 'Northern Ireland',
    scopes: [
      'www.justice-ni.gov.uk/articles/domestic-and-sexual-abuse',
      'www.justice-ni.gov.uk/publications/stalking-protection-orders-statutory-guidance',
      'www.justice-ni.gov.uk/articles/domestic-violence-and-abuse-disclosure-scheme',
      'www.justice-ni.gov.uk/articles/research-victims-domestic-abuse-or-violence',
    ],
    sources: [
      'https://www.justice-ni.gov.uk/articles/domestic-and-sexual-abuse',
      'https://www.justice-ni.gov.uk/publications/stalking-protection-orders-statutory-guidance',
      'https://www.justice-ni.gov.uk/articles/domestic-violence-and-abuse-disclosure-scheme',
      'https://www.justice-ni.gov.uk/articles/research-victims-domestic-abuse-or-violence',
    ],
  }),
  sharedDomainPages({
    id: 'finance-ni-domestic-abuse-covid',
    organisation: 'Department of Finance (Northern Ireland): domestic abuse help during COVID-19',
    nations: ['Northern Ireland'],
    area: 'Northern Ireland',
    scopes: ['www.finance-ni.gov.uk/articles/stay-home-does-not-mean-suffer-home-domestic-abuse-during-covid-19'],
    sources: [
      'https://www.finance-ni.gov.uk/articles/stay-home-does-not-mean-suffer-home-domestic-abuse-during-covid-19',
    ],
  }),
  sharedDomainPages({
    id: 'nidirect-domestic-abuse',
    organisation:
      "nidirect: domestic abuse; checking a partner's history of abuse; staying safe after domestic or sexual violence",
    nations: ['Northern Ireland'],
    area: 'Northern Ireland',
    scopes: [
      'www.nidirect.gov.uk/domestic-abuse',
      'www.nidirect.gov.uk/articles/checking-partners-history-abuse',
      'www.nidirect.gov.uk/articles/staying-safe-after-domestic-or-sexual-violence',
    ],
    sources: [
      'https://www.nidirect.gov.uk/domestic-abuse',
      'https://www.nidirect.gov.uk/articles/checking-partners-history-abuse',
      'https://www.nidirect.gov.uk/articles/staying-safe-after-domestic-or-sexual-violence',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-female-genital-mutilation-guidance',
    organisation: 'GOV.UK (Home Office): female genital mutilation statutory guidance and resource pack',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: [
      'www.gov.uk/government/publications/multi-agency-statutory-guidance-on-female-genital-mutilation',
      'www.gov.uk/government/publications/female-genital-mutilation-resource-pack',
    ],
    sources: [
      'https://gov.uk/government/publications/multi-agency-statutory-guidance-on-female-genital-mutilation/multi-agency-statutory-guidance-on-female-genital-mutilation-accessible-version',
      'https://www.gov.uk/government/publications/female-genital-mutilation-resource-pack/female-genital-mutilation-resource-pack',
    ],
  }),
  sharedDomainPages({
    id: 'gov-scot-gender-based-violence-nhs-staff-policy',
    organisation: 'Scottish Government: gender-based violence, NHSScotland PIN policy',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: ['www.gov.scot/publications/gender-based-violence-employee-pin-policy'],
    sources: ['https://www.gov.scot/publications/gender-based-violence-employee-pin-policy/pages/6/'],
  }),
  sharedDomainPages({
    id: 'gov-uk-controlling-coercive-behaviour-guidance',
    organisation: 'GOV.UK (Home Office): controlling or coercive behaviour statutory guidance',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: [
      'www.gov.uk/government/publications/controlling-or-coercive-behaviour-statutory-guidance-framework',
      'www.gov.uk/government/consultations/controlling-or-coercive-behaviour-statutory-guidance',
    ],
    sources: [
      'https://www.gov.uk/government/publications/controlling-or-coercive-behaviour-statutory-guidance-framework/controlling-or-coercive-behaviour-statutory-guidance-framework-accessible',
      'https://www.gov.uk/government/consultations/controlling-or-coercive-behaviour-statutory-guidance/draft-controlling-or-coercive-behaviour-statutory-guidance-accessible',
    ],
  }),
  sharedDomainPages({
    id: 'gov-wales-vawdasv-strategy',
    organisation: 'Welsh Government: violence against women, domestic abuse and sexual violence (VAWDASV) strategy',
    nations: ['Wales'],
    area: 'Wales',
    scopes: [
      'gov.wales/node/47939',
      'gov.wales/node/33827',
      'www.gov.wales/violence-against-women-domestic-abuse-and-sexual-violence-annual-progress-report-2022-2023-html',
      'www.gov.wales/violence-against-women-domestic-abuse-and-sexual-violence-blueprint-high-level-action-plan-html',
    ],
    sources: [
      'https://gov.wales/node/47939',
      'https://gov.wales/node/33827',
      'https://www.gov.wales/violence-against-women-domestic-abuse-and-sexual-violence-annual-progress-report-2022-2023-html',
      'https://www.gov.wales/violence-against-women-domestic-abuse-and-sexual-violence-blueprint-high-level-action-plan-html',
    ],
  }),
  sharedDomainPages({
    id: 'mygov-scot-stalking-rape-support',
    organisation: 'mygov.scot (Scottish Government): stalking support; rape and sexual assault',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: ['www.mygov.scot/victim-support-stalking', 'www.mygov.scot/rape-assault'],
    sources: ['https://mygov.scot/victim-support-stalking', 'https://www.mygov.scot/rape-assault'],
  }),
  sharedDomainPages({
    id: 'gov-scot-rape-sexual-assault-information',
    organisation: 'Scottish Government: information and help after rape and sexual assault',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'www.gov.scot/publications/information-help-rape-sexual-assault',
      'www2.gov.scot/Publications/2011/06/13141931',
    ],
    sources: [
      'https://www.gov.scot/publications/information-help-rape-sexual-assault/pages/3/',
      'https://www2.gov.scot/Publications/2011/06/13141931/0',
    ],
  }),
  sharedDomainPages({
    id: 'gov-scot-forced-marriage',
    organisation: 'Scottish Government: forced marriage (your rights, practitioner guidance)',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'www.gov.scot/publications/forced-marriage-practitioner-guidance-update-2014',
      'www2.gov.scot/Topics/Justice/crimes/forced-marriage',
      'www2.gov.scot/Publications/2011/12/22165750',
    ],
    sources: [
      'https://gov.scot/publications/forced-marriage-practitioner-guidance-update-2014/pages/6',
      'https://www2.gov.scot/Topics/Justice/crimes/forced-marriage/Yourrights',
      'https://www2.gov.scot/Publications/2011/12/22165750/0',
    ],
  }),
  sharedDomainPages({
    id: 'gov-scot-female-genital-mutilation',
    organisation: "Scottish Government: Scotland's national action plan to prevent and eradicate FGM",
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'www.gov.scot/publications/scotlands-national-action-plan-prevent-eradicate-fgm',
      'www.gov.scot/publications/scotlands-national-action-plan-prevent-eradicate-female-genital-mutilation-fgm-year-three-progress-report',
    ],
    sources: [
      'https://gov.scot/publications/scotlands-national-action-plan-prevent-eradicate-fgm/pages/5',
      'https://www.gov.scot/publications/scotlands-national-action-plan-prevent-eradicate-female-genital-mutilation-fgm-year-three-progress-report/pages/2/',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-coronavirus-domestic-abuse',
    organisation: 'GOV.UK (Home Office): coronavirus (COVID-19) support for victims of domestic abuse',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/government/publications/coronavirus-covid-19-and-domestic-abuse'],
    sources: ['https://www.elliottstreetsurgery.co.uk/isolating-from-covid-19-and-domestic-abuse/'],
  }),
  sharedDomainPages({
    id: 'gov-uk-forced-marriage-guidance',
    organisation:
      'GOV.UK (Forced Marriage Unit): multi-agency statutory guidance on forced marriage, forced marriage consultation',
    nations: ['England', 'Wales', 'Scotland', 'Northern Ireland'],
    area: 'UK',
    scopes: [
      'www.gov.uk/government/publications/the-right-to-choose-government-guidance-on-forced-marriage',
      'www.gov.uk/government/consultations/preventing-and-tackling-forced-marriage',
      'www.fco.gov.uk/en/global-issues/human-rights/forced-marriage-unit',
    ],
    sources: [
      'https://www.gov.uk/government/publications/the-right-to-choose-government-guidance-on-forced-marriage/multi-agency-statutory-guidance-for-dealing-with-forced-marriage-and-multi-agency-practice-guidelines-handling-cases-of-forced-marriage-accessible',
      'https://gov.uk/government/consultations/preventing-and-tackling-forced-marriage/forced-marriage-consultation-document-accessible-version',
      'http://www.fco.gov.uk/en/global-issues/human-rights/forced-marriage-unit/fmconsultation1',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-domestic-abuse-act-and-plan',
    organisation:
      'GOV.UK (Home Office): Domestic Abuse Act 2021 statutory guidance, Tackling Domestic Abuse Plan, VAWG strategy progress',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: [
      'www.gov.uk/government/publications/domestic-abuse-act-2021',
      'www.gov.uk/government/publications/domestic-abuse-bill-2020-overarching-documents',
      'www.gov.uk/government/publications/tackling-domestic-abuse-plan',
      'www.gov.uk/government/publications/tackling-violence-against-women-and-girls-strategy-progress-update',
    ],
    sources: [
      'https://www.gov.uk/government/publications/domestic-abuse-act-2021/domestic-abuse-statutory-guidance-accessible-version',
      'https://vdocuments.net/domestic-abuse-draft-statutory-guidance-framework-2020-06-30-domestic-abuse-statutory.html',
      'https://gov.uk/government/publications/tackling-domestic-abuse-plan/tackling-domestic-abuse-plan-command-paper-639-accessible-version',
      'https://www.gov.uk/government/publications/tackling-violence-against-women-and-girls-strategy-progress-update/tackling-violence-against-women-and-girls-strategy-progress-update',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-female-genital-mutilation-protection-order',
    organisation: 'GOV.UK: Get a female genital mutilation protection order, and its guidance (FGM700)',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: [
      'www.gov.uk/female-genital-mutilation-protection-order',
      'www.gov.uk/government/publications/female-genital-mutilation-protection-orders-fgm700',
    ],
    sources: [
      'https://gov.uk/female-genital-mutilation-protection-order',
      'https://www.gov.uk/government/publications/female-genital-mutilation-protection-orders-fgm700/female-genital-mutilation-fgm-protection-orders',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-domestic-abuse-protection-orders',
    organisation: 'GOV.UK: Domestic Abuse Protection Notices and Orders (DAPNs and DAPOs)',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: [
      'www.gov.uk/guidance/domestic-abuse-protection-notices-dapns-and-domestic-abuse-protection-orders-dapos',
      'www.gov.uk/government/publications/domestic-abuse-protection-orders-and-protection-notices',
      'www.gov.uk/government/consultations/statutory-guidance-on-domestic-abuse-protection-notices-and-protection-orders',
    ],
    sources: [
      'https://gov.uk/guidance/domestic-abuse-protection-notices-dapns-and-domestic-abuse-protection-orders-dapos',
      'https://gov.uk/government/publications/domestic-abuse-protection-orders-and-protection-notices/domestic-abuse-protection-orders-and-domestic-abuse-protection-notices-statutory-guidance-for-the-police-accessible',
      'https://www.gov.uk/government/consultations/statutory-guidance-on-domestic-abuse-protection-notices-and-protection-orders/domestic-abuse-protection-notices-and-protection-orders-consultation-on-draft-statutory-guidance-for-the-police',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-domestic-abuse-act-factsheets',
    organisation: "GOV.UK (Home Office): Domestic Abuse Act factsheets (Clare's law, the statutory definition)",
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/government/publications/domestic-abuse-bill-2020-factsheets'],
    sources: [
      'https://gov.uk/government/publications/domestic-abuse-bill-2020-factsheets/domestic-violence-disclosure-scheme-factsheet',
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-older-guides-abuse',
    organisation:
      'GOV.UK: Report rape or sexual assault, Report a stalker, Report abuse of an older person, Stop a forced marriage (older guides)',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: [
      'www.gov.uk/report-rape-sexual-assault',
      'www.gov.uk/report-stalker',
      'www.gov.uk/report-abuse-of-older-person',
      'www.gov.uk/stop-forced-marriage',
    ],
    sources: [
      `${GOV_UK_2012_COPY}/report-rape-sexual-assault/data.md`,
      `${GOV_UK_2012_COPY}/report-stalker/data.md`,
      `${GOV_UK_2012_COPY}/report-abuse-of-older-person/data.md`,
      `${GOV_UK_2012_COPY}/stop-forced-marriage/data.md`,
    ],
  }),
  sharedDomainPages({
    id: 'gov-uk-fl401-non-molestation-occupation-order',
    organisation:
      'GOV.UK (HM Courts and Tribunals Service): Apply for a non-molestation or occupation order, form FL401',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/government/publications/apply-for-a-non-molestation-or-occupation-order-fl401'],
    sources: ['https://www.gov.uk/government/publications/apply-for-a-non-molestation-or-occupation-order-fl401'],
  }),
  sharedDomainPages({
    id: 'ni-department-of-health-domestic-violence',
    organisation: 'Department of Health (Northern Ireland): domestic violence',
    nations: ['Northern Ireland'],
    area: 'Northern Ireland',
    scopes: ['www.health-ni.gov.uk/news/society-free-domestic-violence'],
    sources: ['https://health-ni.gov.uk/news/society-free-domestic-violence'],
  }),
  sharedDomainPages({
    id: 'copfs-victim-information-and-advice',
    organisation: 'Crown Office and Procurator Fiscal Service: Victim Information and Advice (VIA)',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: ['www.copfs.gov.uk/services/victim-services/victim-information-and-advice-via-service'],
    sources: ['https://github.com/smich42/st-andrews-dvsvc/blob/e33ec9999582af76722f2e259440562e5dbe3315/links.txt'],
  }),

  sharedDomainPages({
    id: 'gov-uk-victims-code',
    organisation: "GOV.UK: the Code of Practice for Victims of Crime (Victims' Code)",
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/victims-code'],
    sources: ['http://gov.uk/victims-code'],
  }),
  sharedDomainPages({
    id: 'gov-uk-domestic-violence-topic',
    organisation: 'GOV.UK: law and the justice system, domestic violence (detailed information)',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.gov.uk/topic/law-justice-system/domestic-violence'],
    sources: [
      'https://github.com/UKHomeOffice/home-office-forms-demo/blob/d0e268e25862bf3072b4ab3b7f2c3cfcb607cfac/apps/dcu/views/content/dcu-prototype.md',
    ],
  }),
];
