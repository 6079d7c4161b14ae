import { describe, expect, it } from 'vitest';
import { dialledDigits, internationalDigits, smsHref, telHref } from '@/utils/pages/directory/tel';
import { isOpenAt, openNow, ukClock } from '@/utils/pages/directory/open-now';
import { ALWAYS, WEEKDAYS } from '@/data/facts';

describe('numbers as links', () => {
  it('gives numbers outside the UK their country code', () => {
    expect(telHref('18007997233', 'US')).toBe('tel:+18007997233');
    expect(telHref('18668630511', 'CA')).toBe('tel:+18668630511');
    expect(telHref('1800341900', 'IE')).toBe('tel:+3531800341900');
    expect(telHref('1800737732', 'AU')).toBe('tel:+611800737732');
    expect(telHref('0800733843', 'NZ')).toBe('tel:+64800733843');
    expect(smsHref('0458737732', 'AU')).toBe('sms:+61458737732');
  });

  it('keeps UK numbers as dialled in the UK, and short codes as they are', () => {
    expect(telHref('08088020300', 'GB')).toBe('tel:08088020300');
    expect(dialledDigits('116123', 'IE')).toBe('116123');
    expect(smsHref('88788', 'US')).toBe('sms:88788');
    expect(internationalDigits('911', 'US')).toBeUndefined();
    expect(internationalDigits('08088020300', 'GB')).toBe('+448088020300');
  });
});

describe('open now', () => {
  const weekdayDaytime = [{ days: WEEKDAYS, opens: '10:00', closes: '16:00' }];

  it('reads the clock in UK time, summer and winter', () => {
    // 30 November 2026 is a Monday; GMT then.
    expect(ukClock(new Date('2026-11-30T09:15:00Z'))).toEqual({ day: 'mon', minutes: 9 * 60 + 15 });
    // 1 July 2026 is a Wednesday; BST (UTC+1) then.
    expect(ukClock(new Date('2026-07-01T23:30:00Z'))).toEqual({ day: 'thu', minutes: 30 });
  });

  it('is open inside the hours and closed outside them', () => {
    expect(isOpenAt(weekdayDaytime, new Date('2026-11-30T10:00:00Z'))).toBe(true);
    expect(isOpenAt(weekdayDaytime, new Date('2026-11-30T15:59:00Z'))).toBe(true);
    expect(isOpenAt(weekdayDaytime, new Date('2026-11-30T16:00:00Z'))).toBe(false);
    expect(isOpenAt(weekdayDaytime, new Date('2026-11-30T09:59:00Z'))).toBe(false);
    // Saturday 28 November 2026.
    expect(isOpenAt(weekdayDaytime, new Date('2026-11-28T12:00:00Z'))).toBe(false);
    // In summer 10:00 UK time is 09:00 UTC.
    expect(isOpenAt(weekdayDaytime, new Date('2026-07-01T09:00:00Z'))).toBe(true);
  });

  it('is always open round the clock, up to midnight', () => {
    expect(isOpenAt(ALWAYS, new Date('2026-11-28T23:59:00Z'))).toBe(true);
    expect(isOpenAt(ALWAYS, new Date('2026-11-29T00:00:00Z'))).toBe(true);
  });

  it('says nothing without structured hours', () => {
    expect(openNow(undefined, new Date())).toBeUndefined();
    expect(openNow([], new Date())).toBeUndefined();
    expect(openNow(weekdayDaytime, new Date('2026-11-28T12:00:00Z'))).toBe('closed');
  });
});
