import { sharedDomainPages } from './shared-domain-page';
import type { SupportSite, UkNation } from './types';

/** A public crawler's seed list of UK domestic-abuse services' pages (2024). */
const DV_CRAWLER_LINKS =
  'https://github.com/smich42/st-andrews-dvsvc/blob/e33ec9999582af76722f2e259440562e5dbe3315/links.txt';

const UK: readonly UkNation[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];

/**
 * Banks' and building societies' help pages for customers facing domestic,
 * economic or financial abuse. A bank's site is about every money matter, so
 * only these pages are protected, by path.
 */
export const ukBanks: readonly SupportSite[] = [
  sharedDomainPages({
    id: 'lloyds-bank-financial-abuse-support',
    organisation: 'Lloyds Bank and Lloyds Banking Group: domestic and financial abuse support',
    nations: UK,
    area: 'UK',
    scopes: [
      'www.lloydsbank.com/help-guidance/supportandwellbeing/financial-abuse-support.html',
      'www.lloydsbankinggroup.com/who-we-are/what-we-do/financial-wellbeing/supporting-victims-of-abuse.html',
    ],
    sources: [
      'https://www.lloydsbank.com/help-guidance/supportandwellbeing/financial-abuse-support.html',
      'https://www.lloydsbankinggroup.com/who-we-are/what-we-do/financial-wellbeing/supporting-victims-of-abuse.html',
    ],
  }),
  sharedDomainPages({
    id: 'mbna-financial-abuse-support',
    organisation: 'MBNA (Lloyds Banking Group): financial abuse support',
    nations: UK,
    area: 'UK',
    scopes: ['www.mbna.co.uk/support/financial-abuse-support.html'],
    sources: ['https://www.mbna.co.uk/support/financial-abuse-support.html'],
  }),
  sharedDomainPages({
    id: 'santander-financial-abuse',
    organisation: 'Santander UK: domestic, economic and financial abuse',
    nations: UK,
    area: 'UK',
    scopes: ['www.santander.co.uk/personal/support/customer-support/financial-abuse'],
    sources: ['https://santander.co.uk/personal/support/customer-support/financial-abuse'],
  }),
  sharedDomainPages({
    id: 'nationwide-domestic-financial-abuse',
    organisation: 'Nationwide Building Society: domestic, financial and economic abuse',
    nations: UK,
    area: 'UK',
    scopes: ['www.nationwide.co.uk/help/challenging-times/domestic-financial-and-economic-abuse'],
    sources: [
      'https://www.nationwide.co.uk/help/challenging-times/domestic-financial-and-economic-abuse/',
      'https://nationwide.co.uk/help/challenging-times/domestic-financial-and-economic-abuse',
    ],
  }),
  sharedDomainPages({
    id: 'hsbc-financial-domestic-abuse',
    organisation: 'HSBC UK: financial and domestic abuse',
    nations: UK,
    area: 'UK',
    scopes: [
      'www.hsbc.co.uk/help/money-worries/financial-abuse',
      'mortgages.hsbc.co.uk/help/money-worries/financial-abuse',
    ],
    sources: [
      'https://www.hsbc.co.uk/help/money-worries/financial-abuse/',
      'https://mortgages.hsbc.co.uk/help/money-worries/financial-abuse/',
    ],
  }),
  sharedDomainPages({
    id: 'first-direct-financial-domestic-abuse',
    organisation: 'first direct (HSBC UK): financial and domestic abuse',
    nations: UK,
    area: 'UK',
    scopes: ['www.firstdirect.com/help/life-events/financial-abuse'],
    sources: ['https://firstdirect.com/help/life-events/financial-abuse'],
  }),
  sharedDomainPages({
    id: 'barclays-partner-finance-financial-abuse',
    organisation: 'Barclays Partner Finance: help with financial abuse',
    nations: UK,
    area: 'UK',
    scopes: ['www.barclayspartnerfinance.com/home/accessibility/financial-abuse-help'],
    sources: ['https://www.barclayspartnerfinance.com/home/accessibility/financial-abuse-help/'],
  }),
  sharedDomainPages({
    id: 'aib-gb-domestic-abuse',
    organisation: 'Allied Irish Bank (GB): domestic abuse help',
    nations: UK,
    area: 'UK',
    scopes: ['aibgb.co.uk/help-and-guidance/domestic-abuse'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'aib-ni-domestic-abuse',
    organisation: 'AIB (NI): domestic abuse help',
    nations: ['Northern Ireland'],
    area: 'Northern Ireland',
    scopes: ['aibni.co.uk/help-and-guidance/domestic-abuse'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'ms-bank-financial-and-domestic-abuse',
    organisation: 'M&S Bank: financial and domestic abuse',
    nations: UK,
    area: 'UK',
    scopes: ['bank.marksandspencer.com/help/financial-support/financial-and-domestic-abuse'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'danske-bank-financial-abuse',
    organisation: 'Danske Bank (UK): financial abuse',
    nations: ['Northern Ireland'],
    area: 'Northern Ireland',
    scopes: ['danskebank.co.uk/personal/help/financial-abuse'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'bank-of-scotland-financial-abuse-support',
    organisation: 'Bank of Scotland (Lloyds Banking Group): financial abuse support',
    nations: UK,
    area: 'UK',
    scopes: ['www.bankofscotland.co.uk/helpcentre/financial-abuse-support.html'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'halifax-financial-abuse-support',
    organisation: 'Halifax (Lloyds Banking Group): financial abuse support',
    nations: UK,
    area: 'UK',
    scopes: ['www.halifax.co.uk/helpcentre/financial-abuse-support.html'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'co-operative-bank-financial-and-economic-abuse',
    organisation: 'The Co-operative Bank: financial and economic abuse',
    nations: UK,
    area: 'UK',
    scopes: ['www.co-operativebank.co.uk/help-and-support/financial-support/financial-and-economic-abuse'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'rbs-financial-abuse',
    organisation: 'Royal Bank of Scotland (NatWest Group): financial abuse',
    nations: UK,
    area: 'UK',
    scopes: ['www.rbs.co.uk/life-moments/financial-abuse.html'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'ulster-bank-financial-abuse',
    organisation: 'Ulster Bank (NatWest Group): financial abuse',
    nations: ['Northern Ireland'],
    area: 'Northern Ireland',
    scopes: ['www.ulsterbank.co.uk/help-and-support/financial-abuse.html'],
    sources: [DV_CRAWLER_LINKS],
  }),
  sharedDomainPages({
    id: 'yorkshire-building-society-financial-and-economic-abuse',
    organisation: 'Yorkshire Building Society: financial and economic abuse',
    nations: UK,
    area: 'UK',
    scopes: ['www.ybs.co.uk/financial-and-economic-abuse'],
    sources: [DV_CRAWLER_LINKS],
  }),
];
