import { describe, expect, it } from 'vitest';
import {
  checkDestination,
  DEFAULT_DESTINATION,
  NEW_TAB_PAGE,
  SUGGESTED_DESTINATIONS,
  usableDestination,
} from '@/utils/destination';
import { isProtectedUrl } from '@/utils/protected-sites';

describe('usableDestination', () => {
  it('keeps an ordinary web page, stored as version 2 or (not yet migrated) version 1', () => {
    expect(usableDestination({ url: 'https://www.example.com/news' }, isProtectedUrl)).toBe(
      'https://www.example.com/news',
    );
    expect(usableDestination('http://example.com', isProtectedUrl)).toBe('http://example.com/');
  });

  it('reads the new tab page choice as "no url"', () => {
    expect(usableDestination(NEW_TAB_PAGE, isProtectedUrl)).toBeUndefined();
    expect(usableDestination({ newTab: 'yes' }, isProtectedUrl)).toBe(DEFAULT_DESTINATION);
  });

  it('falls back to the default for anything else', () => {
    for (const value of [
      undefined,
      null,
      42,
      { url: 'javascript:alert(1)' },
      { url: 42 },
      { href: 'https://example.com' },
      '',
      'example.com',
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'chrome://settings',
      'chrome-extension://abc/popup.html',
      'https://www.suzylamplugh.org/',
    ]) {
      expect(usableDestination(value, isProtectedUrl), String(value)).toBe(DEFAULT_DESTINATION);
    }
  });
});

describe('checkDestination', () => {
  it('says in plain words why a destination is refused', () => {
    const reason = (value: unknown) => {
      const checked = checkDestination(value, isProtectedUrl);
      return checked.ok ? 'ok' : checked.reason;
    };
    expect(reason('')).toMatch(/Type a web address/);
    expect(reason('weather')).toMatch(/not a web address/);
    expect(reason('javascript:alert(1)')).toMatch(/Only ordinary web pages/);
    expect(reason('file:///etc/passwd')).toMatch(/Only ordinary web pages/);
    expect(reason('chrome://settings')).toMatch(/Only ordinary web pages/);
    expect(reason('https://www.suzylamplugh.org/')).toMatch(/support site/);
    expect(reason(' https://www.example.com/ ')).toBe('ok');
  });

  it('offers only suggestions it would accept', () => {
    for (const { url } of SUGGESTED_DESTINATIONS) expect(checkDestination(url, isProtectedUrl).ok, url).toBe(true);
  });
});
