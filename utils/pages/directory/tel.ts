/**
 * Numbers as links. Without "+country code" a number is dialled as a local one
 * (RFC 3966), so a US toll-free number dialled from a UK phone reaches nothing:
 * services outside the UK get their country code. UK services keep the form
 * people in the UK dial. Short codes (116 123, 88788, 911) have no international
 * form and stay as they are.
 */
import type { Country } from '@/data/types';

const CALLING_CODE: Record<Country, string> = { GB: '44', IE: '353', US: '1', CA: '1', AU: '61', NZ: '64' };

/** Numbers shorter than this are short codes, reachable only inside their country. */
const SHORTEST_FULL_NUMBER = 8;

export function internationalDigits(digits: string, country: Country): string | undefined {
  if (digits.length < SHORTEST_FULL_NUMBER) return undefined;
  const code = CALLING_CODE[country];
  if (code === '1') return digits.startsWith('1') ? `+${digits}` : `+1${digits}`;
  // Irish and Australian 1800 numbers have no trunk 0 to drop.
  return `+${code}${digits.replace(/^0/, '')}`;
}

/** The digits a link dials: as dialled in the UK for UK services, with the country code otherwise. */
export function dialledDigits(digits: string, country: Country): string {
  if (country === 'GB') return digits;
  return internationalDigits(digits, country) ?? digits;
}

export const telHref = (digits: string, country: Country) => `tel:${dialledDigits(digits, country)}`;
export const smsHref = (digits: string, country: Country) => `sms:${dialledDigits(digits, country)}`;
