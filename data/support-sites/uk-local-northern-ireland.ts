import type { SupportSite } from './types';

/** Local services in Northern Ireland on their own domains. */
export const ukLocalNorthernIreland: readonly SupportSite[] = [
  {
    id: 'belfast-dvp',
    organisation: 'Belfast Domestic Violence Partnership (Belfast DVP)',
    kind: 'local',
    country: 'GB',
    nations: ['Northern Ireland'],
    area: 'Belfast',
    scopes: ['belfastdvp.co.uk'],
    sources: ['https://belfastdvp.co.uk/belfast-and-lisburn-womens-aid-celebrate-their-40th-birthday/'],
    checked: '2026-11-30',
  },
  {
    id: 'causeway-mid-ulster-womens-aid',
    organisation: "Causeway and Mid Ulster Women's Aid (formerly Mid Ulster Women's Aid)",
    kind: 'local',
    country: 'GB',
    nations: ['Northern Ireland'],
    area: 'Causeway Coast and Glens, and Mid Ulster',
    // causewaywomensaid.org is the domain of Causeway Women's Aid (Coleraine) before the merger: the
    // charity register gives it as the group's e-mail domain, its website then "under construction".
    scopes: ['www.midulsterwomensaid.org.uk', 'causewaywomensaid.org'],
    sources: [
      'https://www.midulsterwomensaid.org.uk/our-services/refuge-accommodation/',
      'https://homelessconnect.org/a-visit-to-causeway-coast-and-mid-ulster-womens-aid/',
      'https://github.com/DiarmuidM/charity-covid19/blob/93f0063fbee3ccaf3dd651ffa9f261395172a6a2/syntax/collection/ni/ni-roc-2020-06-30.csv',
    ],
    checked: '2026-11-30',
  },
  {
    id: 'foyle-womens-aid',
    organisation: "Foyle Women's Aid",
    kind: 'local',
    country: 'GB',
    nations: ['Northern Ireland'],
    area: 'Derry and Strabane',
    scopes: ['foylewomensaid.org'],
    sources: ['https://github.com/smich42/st-andrews-dvsvc/blob/e33ec9999582af76722f2e259440562e5dbe3315/links.txt'],
    checked: '2026-11-30',
  },
  {
    id: 'womens-aid-abcln',
    organisation: "Women's Aid ABCLN (Antrim, Ballymena, Carrickfergus, Larne and Newtownabbey)",
    kind: 'local',
    country: 'GB',
    nations: ['Northern Ireland'],
    area: 'Antrim, Ballymena, Carrickfergus, Larne and Newtownabbey',
    scopes: ['womens-aid.org.uk'],
    sources: ['https://womens-aid.org.uk/info/emergency-accommodation/'],
    checked: '2026-11-30',
  },
  {
    id: 'the-rowan-sarc',
    organisation: 'The Rowan (Northern Ireland regional sexual assault referral centre)',
    kind: 'local',
    country: 'GB',
    nations: ['Northern Ireland'],
    area: 'Northern Ireland (one regional centre, at Antrim Area Hospital)',
    scopes: ['therowan.net'],
    sources: [
      'http://therowan.net/about-us/when-you-arrive/',
      'https://www.northerntrust.hscni.net/2014/11/07/97-women-northern-trust-area-accessed-services-rowan/',
    ],
    checked: '2026-11-30',
  },
  {
    id: 'fermanagh-womens-aid',
    organisation: "Fermanagh Women's Aid (now Fermanagh and Omagh Women's Aid)",
    kind: 'local',
    country: 'GB',
    nations: ['Northern Ireland'],
    area: 'Fermanagh and Omagh',
    scopes: ['www.fermanaghwomensaid.com'],
    sources: [
      'https://fermanaghherald.com/2024/11/fermanagh-womens-aid-reliant-on-community-support',
      'https://fermanaghherald.com/2026/03/fermanagh-support-group-marks-beginning-of-a-new-era/',
    ],
    checked: '2026-11-30',
  },
  {
    id: 'north-down-ards-womens-aid',
    organisation: "North Down and Ards Women's Aid",
    kind: 'local',
    country: 'GB',
    nations: ['Northern Ireland'],
    area: 'Ards and North Down (Bangor)',
    scopes: ['www.ndawomensaid.org'],
    sources: [
      'https://github.com/DiarmuidM/charity-covid19/blob/93f0063fbee3ccaf3dd651ffa9f261395172a6a2/syntax/collection/ni/ni-roc-2020-06-30.csv',
      'https://homelessconnect.org/a-visit-to-north-down-and-ards-womens-aid/',
    ],
    checked: '2026-11-30',
  },
  {
    id: 'belfast-lisburn-womens-aid',
    organisation: "Belfast and Lisburn Women's Aid",
    kind: 'local',
    country: 'GB',
    nations: ['Northern Ireland'],
    area: 'Belfast and Lisburn',
    // The charity register's website field reads "www.belfastwomenaid.org.uk" (letter missing); the
    // group's own e-mail domain in the same record is belfastwomensaid.org.uk.
    scopes: ['www.belfastwomensaid.org.uk'],
    sources: [
      'https://github.com/DiarmuidM/charity-covid19/blob/93f0063fbee3ccaf3dd651ffa9f261395172a6a2/syntax/collection/ni/ni-roc-2020-06-30.csv',
    ],
    checked: '2026-11-30',
  },
];
