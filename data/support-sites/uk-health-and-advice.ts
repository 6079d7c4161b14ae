import { sharedDomainPages } from './shared-domain-page';
import type { SupportSite } from './types';

/** A public crawler's seed list of UK domestic-abuse services' pages (2024), and its list of pages rated as about abuse. */
const DV_CRAWLER_LINKS =
  'https://github.com/smich42/st-andrews-dvsvc/blob/e33ec9999582af76722f2e259440562e5dbe3315/links.txt';
const DV_CRAWLER_PAGES =
  'https://github.com/smich42/st-andrews-dvsvc/blob/138c36f2e3ce2c1397d6a232bd6b127c49cd2f8e/heuristics/benchmark/urls.txt';

const GENDERKIT_VIOLENCE =
  'https://github.com/genderkit/genderkit/blob/70aff9b185230a04cd7c5f79887986ff80ef014a/_resources/violence.md';

/**
 * The abuse and sexual-violence pages of NHS and health and social care sites,
 * and of advice charities whose sites cover every kind of problem (Citizens
 * Advice, Shelter, Mind, Age UK, the NSPCC), by path. The helpline directory
 * already protects three of Shelter England's domestic-abuse pages.
 */
export const ukHealthAndAdvice: readonly SupportSite[] = [
  sharedDomainPages({
    id: 'nhs-uk-domestic-violence-and-sexual-assault',
    organisation: 'NHS website: domestic violence, rape and sexual assault, child sexual abuse',
    nations: ['England'],
    area: 'England',
    scopes: [
      'www.nhs.uk/live-well/healthy-body/getting-help-for-domestic-violence',
      // The same guide's address since the NHS website's 2022 move.
      'www.nhs.uk/live-well/getting-help-for-domestic-violence',
      'www.nhs.uk/live-well/sexual-health/help-after-rape-and-sexual-assault',
      'www.nhs.uk/live-well/healthy-body/spotting-signs-of-child-sexual-abuse',
      'www.nhs.uk/Livewell/Sexualhealth/Pages/Sexualassault.aspx',
    ],
    sources: [
      GENDERKIT_VIOLENCE,
      'https://github.com/sebuckley/platinum-project/blob/2144ba6a54e75ae65199c496e6326d53ca4679d4/src/pages/DomesticAbuseViolenceServices.js',
      'https://github.com/hasanm29/Report_It/blob/8017de690761d1c5f1fd59f320a47c035a48ee68/main/advice.php',
    ],
  }),
  sharedDomainPages({
    id: 'nhs-uk-sexual-assault-referral-centres',
    organisation: 'NHS: find a sexual assault referral centre (SARC)',
    nations: ['England'],
    area: 'England',
    scopes: ['www.nhs.uk/sarcs'],
    sources: [
      'https://www.england.nhs.uk/north-east-yorkshire/2026/02/02/nhs-urges-survivors-of-sexual-assault-to-come-forward-for-specialist-support',
    ],
  }),
  sharedDomainPages({
    id: 'nhs-keeping-well-nwl-domestic-violence',
    organisation: 'Keeping Well North West London (NHS): staying safe from domestic violence',
    nations: ['England'],
    area: 'North West London',
    scopes: ['www.keepingwellnwl.nhs.uk/self-help-resources/staying-safe-domestic-violence'],
    sources: ['https://www.keepingwellnwl.nhs.uk/self-help-resources/staying-safe-domestic-violence'],
  }),
  sharedDomainPages({
    id: 'nhs-keeping-well-sel-violence-against-women',
    organisation: 'Keeping Well South East London (NHS): violence against women and girls',
    nations: ['England'],
    area: 'South East London',
    scopes: ['www.keepingwellsel.nhs.uk/information-and-resources/womens-issues/safety'],
    sources: [
      'https://www.keepingwellsel.nhs.uk/information-and-resources/womens-issues/safety/violence-against-women-and-girls-2',
    ],
  }),
  sharedDomainPages({
    id: 'nhs-inform-turn-to-sarcs',
    organisation: 'NHS inform: sexual assault self-referral (Turn to SARCS)',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: ['www.nhsinform.scot/turn-to-sarcs', 'www.nhsinform.scot/sarcs'],
    sources: [
      'https://www.nhsinform.scot/turn-to-sarcs/7-days-and-under/about-the-sexual-assault-self-referral-phone-service',
      'https://www.nhsinform.scot/turn-to-sarcs/7-days-and-under/what-to-do-immediately-after-a-rape-or-sexual-assault/',
      'https://www.gov.scot/publications/easy-read-self-referral-sexual-assault-response-coordination-service-sarcs/pages/3/',
    ],
  }),
  sharedDomainPages({
    id: 'right-decisions-sarcs-disclosure',
    organisation: 'Right Decisions (NHS Scotland): disclosure of rape or sexual assault',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'rightdecisions.scot.nhs.uk/disclosure-of-rape-or-sexual-assault-sarcs',
      'www.rightdecisions.scot.nhs.uk/tam-treatments-and-medicines-nhs-highland/adult-therapeutic-guidelines/sexual-health/rape-and-sexual-assault-guidelines',
    ],
    sources: [
      'https://rightdecisions.scot.nhs.uk/disclosure-of-rape-or-sexual-assault-sarcs/responding-to-the-initial-disclosure',
      'https://www.rightdecisions.scot.nhs.uk/tam-treatments-and-medicines-nhs-highland/adult-therapeutic-guidelines/sexual-health/rape-and-sexual-assault-guidelines',
    ],
  }),
  sharedDomainPages({
    id: 'belfast-trust-domestic-abuse-sexual-violence',
    organisation: 'Belfast Health and Social Care Trust: domestic abuse and sexual violence support',
    nations: ['Northern Ireland'],
    area: 'Belfast',
    scopes: ['belfasttrust.hscni.net/service/adult-protection-gateway-team/domestic-abuse-sexual-violence-support'],
    sources: [
      'https://belfasttrust.hscni.net/service/adult-protection-gateway-team/domestic-abuse-sexual-violence-support/',
    ],
  }),
  sharedDomainPages({
    id: 'southern-trust-domestic-abuse',
    organisation: 'Southern Health and Social Care Trust: domestic abuse',
    nations: ['Northern Ireland'],
    area: 'Southern Trust area, Northern Ireland',
    scopes: ['southerntrust.hscni.net/service/domestic-abuse-2'],
    sources: ['https://southerntrust.hscni.net/service/domestic-abuse-2'],
  }),
  sharedDomainPages({
    id: 'citizens-advice-england-gender-violence',
    organisation: 'Citizens Advice: domestic abuse, rape, forced marriage and other gender violence (England)',
    nations: ['England'],
    area: 'England',
    scopes: ['www.citizensadvice.org.uk/family/gender-violence'],
    sources: [
      'https://edit.citizensadvice.org.uk/family/gender-violence/domestic-violence-and-abuse/',
      'https://epiuat-app.citizensadvice.org.uk/family/gender-violence/domestic-violence-and-abuse/',
    ],
  }),
  sharedDomainPages({
    id: 'citizens-advice-scotland-gender-violence',
    organisation: 'Citizens Advice: help for domestic abuse (Scotland)',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'www.citizensadvice.org.uk/scotland/family/gender-violence',
      'www.citizensadvice.org.uk/scotland/family/relationship-problems-s/domestic-abuse-s',
    ],
    sources: [
      'https://cdn.staging.content.citizensadvice.org.uk/scotland/family/gender-violence/domestic-violence-and-abuse-getting-help',
      'https://www.citizensadvice.org.uk/scotland/family/relationship-problems-s/domestic-abuse-s/',
    ],
  }),
  sharedDomainPages({
    id: 'citizens-advice-wales-domestic-abuse-welsh',
    organisation: 'Cyngor ar Bopeth (Citizens Advice, Wales): cam-drin domestig',
    nations: ['Wales'],
    area: 'Wales',
    scopes: ['www.citizensadvice.org.uk/cymraeg/Teulu/gender-violence'],
    sources: ['https://www.citizensadvice.org.uk/cymraeg/Teulu/gender-violence/Cam-drin-domestig'],
  }),
  sharedDomainPages({
    id: 'dumfries-galloway-citizens-advice-domestic-abuse',
    organisation: 'Dumfries and Galloway Citizens Advice Service: help for domestic abuse',
    nations: ['Scotland'],
    area: 'Dumfries and Galloway',
    scopes: ['www.dagcas.org/help-for-domestic-abuse'],
    sources: ['https://www.dagcas.org/help-for-domestic-abuse/'],
  }),
  sharedDomainPages({
    id: 'shelter-scotland-domestic-abuse',
    organisation: 'Shelter Scotland: domestic abuse and housing',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'scotland.shelter.org.uk/housing_advice/domestic_abuse_and_violence',
      'scotland.shelter.org.uk/housing_advice/families_and_relationships/domestic_abuse',
      'scotland.shelter.org.uk/housing_advice/families_and_households/domestic_abuse',
      'scotland.shelter.org.uk/housing_advice/homeless/domestic_abuse',
      'scotland.shelter.org.uk/get_advice/advice_topics/families_and_households/domestic_abuse',
      'scotland.shelter.org.uk/professional_resources/legal/relationship_breakdown/housing_and_domestic_abuse',
    ],
    sources: [
      'https://scotland.shelter.org.uk/housing_advice/domestic_abuse_and_violence/domestic_abuse_get_help_in_an_emergency',
      'https://scotland.shelter.org.uk/housing_advice/families_and_relationships/domestic_abuse',
      'https://scotland.shelter.org.uk/housing_advice/families_and_households/domestic_abuse',
      'https://scotland.shelter.org.uk/housing_advice/homeless/domestic_abuse',
      'http://scotland.shelter.org.uk/get_advice/advice_topics/families_and_households/domestic_abuse/leaving_domestic_abuse',
      'https://scotland.shelter.org.uk/professional_resources/legal/relationship_breakdown/housing_and_domestic_abuse/leaving_the_home',
    ],
  }),
  sharedDomainPages({
    id: 'shelter-cymru-domestic-abuse',
    organisation: 'Shelter Cymru: domestic abuse and housing',
    nations: ['Wales'],
    area: 'Wales',
    scopes: [
      'sheltercymru.org.uk/get-advice/families-and-relationships/domestic-abuse',
      'sheltercymru.org.uk/housing-advice/families-and-relationships/domestic-abuse',
      'sheltercymru.org.uk/housing-advice/finding-a-place-to-live/emergency-accommodation/womens-refuge',
    ],
    sources: [
      'https://sheltercymru.org.uk/get-advice/families-and-relationships/domestic-abuse/womens-refuge/',
      'https://sheltercymru.org.uk/housing-advice/families-and-relationships/domestic-abuse/finances-and-domestic-violence/',
      'https://sheltercymru.org.uk/get-advice/families-and-relationships/domestic-abuse/domestic-violence-and-homelessness/',
      'https://sheltercymru.org.uk/housing-advice/finding-a-place-to-live/emergency-accommodation/womens-refuge/',
    ],
  }),
  sharedDomainPages({
    id: 'independent-age-abuse',
    organisation: 'Independent Age: abuse and domestic abuse in later life',
    nations: ['England', 'Wales', 'Scotland', 'Northern Ireland'],
    area: 'UK',
    scopes: [
      'www.independentage.org/information/support-care/taking-action/protecting-yourself-against-abuse',
      'www.independentage.org/domestic-abuse-where-you-can-get-help',
    ],
    sources: [
      'https://www.independentage.org/information/support-care/taking-action/protecting-yourself-against-abuse',
      'https://www.independentage.org/domestic-abuse-where-you-can-get-help',
    ],
  }),
  sharedDomainPages({
    id: 'herefordshire-worcestershire-mind-domestic-abuse',
    organisation: 'Herefordshire and Worcestershire Mind (heymind): domestic abuse and mental health',
    nations: ['England'],
    area: 'Herefordshire and Worcestershire',
    scopes: ['heymind.org.uk/domesticabuse'],
    sources: ['https://heymind.org.uk/domesticabuse'],
  }),
  sharedDomainPages({
    id: 'age-cymru-domestic-abuse',
    organisation: 'Age Cymru (Age UK): what is abuse, domestic abuse',
    nations: ['Wales'],
    area: 'Wales',
    scopes: ['www.ageuk.org.uk/cymru/our-work/safeguarding/what-is-abuse'],
    sources: ['https://auk-cms-web2.ageuk.org.uk/cymru/our-work/safeguarding/what-is-abuse/domestic-abuse'],
  }),
  sharedDomainPages({
    id: 'nspcc-domestic-abuse',
    organisation: 'NSPCC: types of child abuse (domestic abuse among them), reporting abuse',
    nations: ['England', 'Wales', 'Scotland', 'Northern Ireland'],
    area: 'UK',
    scopes: [
      'www.nspcc.org.uk/what-is-child-abuse/types-of-abuse',
      'www.nspcc.org.uk/keeping-children-safe/reporting-abuse',
      'learning.nspcc.org.uk/child-abuse-and-neglect/domestic-abuse',
    ],
    sources: [
      'https://github.com/hmcts/prl-citizen-frontend/blob/2d70390df7c531a9fd01dec71103803d1116148c/src/main/steps/common/safety-concerns/concerns-for-safety/content.ts',
      'https://github.com/hmcts/prl-citizen-frontend/blob/2d70390df7c531a9fd01dec71103803d1116148c/src/main/steps/common/safety-concerns/child/report-abuse/content.ts',
      'https://www.barming.kent.sch.uk/domestic-abuse/',
      'https://learning.nspcc.org.uk/child-abuse-and-neglect/domestic-abuse/',
    ],
  }),
  sharedDomainPages({
    id: 'age-uk-protection-from-abuse',
    organisation: 'Age UK: protection from abuse, domestic abuse in later life',
    nations: ['England', 'Northern Ireland'],
    area: 'England and Northern Ireland',
    scopes: [
      'www.ageuk.org.uk/information-advice/health-wellbeing/relationships-family/protection-from-abuse',
      'www.ageuk.org.uk/health-wellbeing/relationships-and-family/protecting-yourself',
      'www.ageuk.org.uk/northern-ireland/information-advice/health-wellbeing/relationships-family/protection-from-abuse',
    ],
    sources: [
      'https://editorial.ageuk.org.uk/information-advice/health-wellbeing/relationships-family/protection-from-abuse/',
      'http://ageuk.org.uk/health-wellbeing/relationships-and-family/protecting-yourself',
      'https://auk-cms-web2.ageuk.org.uk/northern-ireland/information-advice/health-wellbeing/relationships-family/protection-from-abuse',
    ],
  }),
  sharedDomainPages({
    id: 'barnardos-domestic-abuse',
    organisation: "Barnardo's: children affected by domestic abuse",
    nations: ['England', 'Wales', 'Scotland', 'Northern Ireland'],
    area: 'UK',
    scopes: ['www.barnardos.org.uk/domestic-abuse'],
    sources: ['https://www.barnardos.org.uk/domestic-abuse', 'https://barnardos.org.uk/domestic-abuse'],
  }),
  sharedDomainPages({
    id: 'money-advice-service-financial-abuse',
    organisation: 'Money Advice Service (now MoneyHelper): protecting against financial abuse',
    nations: ['England', 'Wales', 'Scotland', 'Northern Ireland'],
    area: 'UK',
    scopes: ['www.moneyadviceservice.org.uk/en/articles/protecting-against-financial-abuse'],
    sources: ['https://www.moneyadviceservice.org.uk/en/articles/protecting-against-financial-abuse/amp'],
  }),
  sharedDomainPages({
    id: 'public-health-scotland-gender-based-violence',
    organisation: 'Public Health Scotland (formerly NHS Health Scotland): gender-based violence',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'publichealthscotland.scot/our-areas-of-work/equity-and-justice/gender-based-violence',
      'www.healthscotland.scot/health-topics/gender-based-violence',
    ],
    sources: [
      'https://publichealthscotland.scot/our-areas-of-work/equity-and-justice/gender-based-violence/gender-based-violence-overview/',
      'https://www.healthscotland.scot/health-topics/gender-based-violence/gender-based-violence-overview/overview-of-gender-based-violence',
    ],
  }),
  sharedDomainPages({
    id: 'nhs-uk-help-after-sexual-assault-old',
    organisation: 'NHS website (NHS Choices): where to get help after sexual assault',
    nations: ['England'],
    area: 'England',
    scopes: ['www.nhs.uk/chq/Pages/2487.aspx'],
    sources: ['http://nhs.uk/chq/Pages/2487.aspx?CategoryID=118'],
  }),
  sharedDomainPages({
    id: 'housing-rights-ni-domestic-abuse',
    organisation: 'Housing Rights (Northern Ireland): people experiencing domestic abuse',
    nations: ['Northern Ireland'],
    area: 'Northern Ireland',
    scopes: ['www.housingrights.org.uk/housing-advice/homelessness/people-experiencing-domestic-abuse'],
    sources: ['https://www.housingrights.org.uk/housing-advice/homelessness/people-experiencing-domestic-abuse'],
  }),
  sharedDomainPages({
    id: 'mersey-care-domestic-abuse',
    organisation: 'Mersey Care NHS Foundation Trust (YourSpace): domestic abuse',
    nations: ['England'],
    area: 'Merseyside',
    scopes: ['yourspace.merseycare.nhs.uk/safeguarding/domestic-abuse'],
    sources: ['https://yourspace.merseycare.nhs.uk/safeguarding/domestic-abuse'],
  }),
  sharedDomainPages({
    id: 'nhs-111-wales-rape-sexual-assault',
    organisation: 'NHS 111 Wales: rape and sexual assault',
    nations: ['Wales'],
    area: 'Wales',
    scopes: ['111.wales.nhs.uk/encyclopaedia/r/article/rapeandsexualassault'],
    sources: ['https://111.wales.nhs.uk/encyclopaedia/r/article/rapeandsexualassault'],
  }),
  sharedDomainPages({
    id: 'social-care-wales-domestic-abuse-guidance',
    organisation: 'Social Care Wales: domestic violence and abuse guidance for professionals',
    nations: ['Wales'],
    area: 'Wales',
    scopes: ['socialcare.wales/service-improvement/domestic-violence-and-abuse-guidance-for-professionals'],
    sources: ['https://socialcare.wales/service-improvement/domestic-violence-and-abuse-guidance-for-professionals'],
  }),
  sharedDomainPages({
    id: 'hertfordshire-partnership-nhs-domestic-abuse',
    organisation: 'Hertfordshire Partnership University NHS Foundation Trust: domestic violence and abuse',
    nations: ['England'],
    area: 'Hertfordshire',
    scopes: [
      'www.hpft.nhs.uk/information-and-resources/coronavirus/domestic-violenceabuse-during-the-coronavirus-covid-19-pandemic',
    ],
    sources: [
      'https://www.hpft.nhs.uk/information-and-resources/coronavirus/domestic-violenceabuse-during-the-coronavirus-covid-19-pandemic/',
    ],
  }),
  sharedDomainPages({
    id: 'nhs-practitioner-health-domestic-abuse',
    organisation: 'NHS Practitioner Health: domestic abuse (for health and care professionals)',
    nations: ['England'],
    area: 'England',
    scopes: ['www.practitionerhealth.nhs.uk/self-help-abuse'],
    sources: ['https://www.practitionerhealth.nhs.uk/self-help-abuse'],
  }),
  sharedDomainPages({
    id: 'shelter-england-legal-domestic-violence',
    organisation: 'Shelter England (legal guidance): domestic violence',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['england.shelter.org.uk/legal/relationship_breakdown/domestic_violence'],
    sources: ['https://england.shelter.org.uk/legal/relationship_breakdown/domestic_violence'],
  }),
  sharedDomainPages({
    id: 'resolution-domestic-abuse',
    organisation: 'Resolution (family lawyers): domestic abuse',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.resolution.org.uk/domesticabuse'],
    sources: ['http://www.resolution.org.uk/domesticabuse/'],
  }),
  sharedDomainPages({
    id: 'nhs-scotland-gender-based-violence',
    organisation: 'NHS Scotland gender-based violence programme (what health workers need to know)',
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: ['www.gbv.scot.nhs.uk/gbv'],
    sources: ['http://www.gbv.scot.nhs.uk/gbv/domestic-abuse'],
  }),
  sharedDomainPages({
    id: 'young-scot-thats-not-ok-domestic-abuse',
    organisation: "Young Scot: That's Not OK, domestic abuse",
    nations: ['Scotland'],
    area: 'Scotland',
    scopes: [
      'young.scot/get-informed/thatsnotok-physical-violence',
      'young.scot/get-informed/domestic-abuse-what-it-is-how-to-get-support',
    ],
    sources: [
      'https://young.scot/get-informed/thatsnotok-physical-violence',
      'https://young.scot/get-informed/domestic-abuse-what-it-is-how-to-get-support',
    ],
  }),
  sharedDomainPages({
    id: 'nhs-forth-valley-gender-based-violence',
    organisation: 'NHS Forth Valley: gender-based violence',
    nations: ['Scotland'],
    area: 'Forth Valley',
    scopes: ['nhsforthvalley.com/about-us/equality-and-diversity/gender-based-violence'],
    sources: ['https://nhsforthvalley.com/about-us/equality-and-diversity/gender-based-violence/'],
  }),
  sharedDomainPages({
    id: 'moneyhelper-financial-abuse',
    organisation: 'MoneyHelper: financial abuse, spotting the signs and leaving safely',
    nations: ['England', 'Wales', 'Scotland', 'Northern Ireland'],
    area: 'UK',
    scopes: [
      'www.moneyhelper.org.uk/en/family-and-care/talk-money/financial-abuse-spotting-the-signs-and-leaving-safely',
    ],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'advicenow-domestic-abuse',
    organisation: 'Advicenow: domestic abuse guides',
    nations: ['England', 'Wales'],
    area: 'England and Wales',
    scopes: ['www.advicenow.org.uk/tags/domestic-abuse'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'cats-protection-paws-protect',
    organisation: "Cats Protection's Paws Protect (fostering cats for people fleeing domestic abuse)",
    nations: ['England', 'Wales', 'Scotland', 'Northern Ireland'],
    area: 'UK',
    scopes: ['www.cats.org.uk/what-we-do/paws-protect'],
    sources: [DV_CRAWLER_PAGES],
  }),
  sharedDomainPages({
    id: 'citizens-advice-rushmoor-domestic-abuse',
    organisation: 'Citizens Advice Rushmoor: domestic abuse support',
    nations: ['England'],
    area: 'Rushmoor, Hampshire',
    scopes: ['citizensadvicerushmoor.org.uk/domestic-abuse-support'],
    sources: [DV_CRAWLER_PAGES],
  }),
  sharedDomainPages({
    id: 'deafinitely-women-deaf-abuse-free',
    organisation: 'Deafinitely Women: Deaf Abuse Free',
    nations: ['England'],
    area: 'England',
    scopes: ['www.deafinitelywomen.org.uk/deaf-abuse-free'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'nhs-cumbria-domestic-violence',
    organisation: 'NHS Cumbria (archived site): domestic violence',
    nations: ['England'],
    area: 'Cumbria',
    scopes: ['www.cumbria.nhs.uk/YourHealth/DomesticViolence'],
    sources: ['http://www.cumbria.nhs.uk/YourHealth/DomesticViolence/Home.aspx'],
  }),
  sharedDomainPages({
    id: 'stonewall-domestic-violence',
    organisation: 'Stonewall (LGBT rights charity): domestic violence',
    nations: ['England', 'Scotland', 'Wales'],
    area: 'UK',
    scopes: ['www.stonewall.org.uk/help-advice/criminal-law/domestic-violence'],
    sources: [
      'https://github.com/genderkit/genderkit/blob/70aff9b185230a04cd7c5f79887986ff80ef014a/_resources/violence.md',
    ],
  }),
  sharedDomainPages({
    id: 'scope-emergency-housing-if-unsafe',
    organisation: 'Scope (disability charity): finding emergency housing if you feel unsafe at home',
    nations: ['England'],
    area: 'England',
    scopes: ['www.scope.org.uk/advice-and-support/how-to-find-emergency-housing-if-you-feel-unsafe'],
    sources: [
      'https://www.scope.org.uk/advice-and-support/how-to-find-emergency-housing-if-you-feel-unsafe/',
      'https://scope.org.uk/advice-and-support/how-to-find-emergency-housing-if-you-feel-unsafe',
    ],
  }),
  sharedDomainPages({
    id: 'nhs-trafford-ccg-domestic-abuse',
    organisation: 'NHS Trafford Clinical Commissioning Group (archived site): domestic abuse',
    nations: ['England'],
    area: 'Trafford, Greater Manchester',
    scopes: ['www.traffordccg.nhs.uk/safeguarding/domestic-abuse'],
    sources: ['http://www.traffordccg.nhs.uk/safeguarding/domestic-abuse/'],
  }),
];
