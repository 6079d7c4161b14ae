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
    scopes: ['www.midulsterwomensaid.org.uk'],
    sources: [
      'https://www.midulsterwomensaid.org.uk/our-services/refuge-accommodation/',
      'https://homelessconnect.org/a-visit-to-causeway-coast-and-mid-ulster-womens-aid/',
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
];
