/** Countries the directory covers; the popup picks one from the time zone, then the browser's language. */
export type Country = 'GB' | 'US' | 'CA' | 'AU' | 'NZ' | 'IE';

/** The needs a person can filter by. */
export type Category =
  | 'stalking'
  | 'domestic-abuse'
  | 'men'
  | 'lgbt'
  | 'sexual-violence'
  | 'children'
  | 'forced-marriage'
  | 'housing'
  | 'legal'
  | 'online-abuse'
  | 'emotional-support'
  | 'own-behaviour'
  | 'police'
  | 'victim-support'
  | 'privacy'
  | 'hate-crime';

/**
 * One fact about a service and the public pages it was read from.
 * `confirmed: false` means the sources disagree or only one second-hand source
 * prints it: the popup then says "unconfirmed, check the website".
 */
export interface Fact<T> {
  value: T;
  sources: readonly string[];
  confirmed: boolean;
  note?: string;
}

/** A number to call or text: digits for the link, the form people recognise for display. */
export interface Number {
  digits: string;
  display: string;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * Opening times in a form the popup can compare with the clock ("open now"), in
 * UK time: on each of `days`, from `opens` to `closes` ("HH:MM"; "24:00" is
 * midnight at the end of the day). Given only where a source states them.
 */
export interface OpeningTimes {
  days: readonly Weekday[];
  opens: string;
  closes: string;
}

export interface Service {
  id: string;
  name: string;
  description: string;
  categories: readonly Category[];
  countries: readonly Country[];
  /** Where the service works, in words ("Dorset", "England and Wales"). */
  area: string;
  /** How much of its country it serves: whole-country services are listed first. */
  reach: 'country' | 'part' | 'local';
  phone?: Fact<Number>;
  /** Other numbers (out of hours, TTY) shown under the main one. */
  otherPhones?: readonly Fact<Number & { label: string }>[];
  text?: Fact<Number & { instructions?: string }>;
  email?: Fact<string>;
  chat?: Fact<string>;
  website?: Fact<string>;
  hours?: Fact<string>;
  /** The same hours as `hours`, structured (same sources); only for confirmed hours. */
  openingTimes?: readonly OpeningTimes[];
  free?: Fact<boolean>;
  /** What we could not confirm, said plainly (shown instead of a guess). */
  unconfirmed?: readonly string[];
  /**
   * Sites to protect for this service: "host" or "host/path" (path-scoped, for
   * shared domains such as gov.uk). Exact hosts only: no wildcards.
   */
  protect: readonly string[];
  /** Why these sites are protected: the pages that show they belong to the service. */
  protectSources: readonly string[];
  /**
   * The catalogue id (data/support-sites/) of the organisation's own site, for a
   * service whose site the catalogue protects rather than `protect` above.
   */
  site?: string;
  /** Every page read for this entry. */
  sources: readonly string[];
  /** When these facts were last checked against their sources (YYYY-MM-DD). */
  checked: string;
}

/** One piece of advice about an emergency call, with the pages that say it. */
export interface EmergencyAdvice {
  text: string;
  sources: readonly string[];
}

export interface EmergencyNumber {
  country: Country;
  number: string;
  /** Another number that reaches the same emergency services (112 in the UK and Ireland). */
  alsoNumber?: { number: string; sources: readonly string[] };
  /** What to do if you cannot speak, or how else to reach help (the UK's Silent Solution). */
  advice?: readonly EmergencyAdvice[];
  sources: readonly string[];
}
