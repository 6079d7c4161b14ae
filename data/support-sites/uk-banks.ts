import { sharedDomainPages } from './shared-domain-page';
import type { SupportSite, UkNation } from './types';

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
];
