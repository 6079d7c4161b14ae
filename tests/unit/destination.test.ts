import { describe, expect, it } from 'vitest';
import {
  checkDestination,
  DEFAULT_DESTINATION,
  NEW_TAB_PAGE,
  SUGGESTED_DESTINATIONS,
  usableDestination,
} from '@/utils/shared/destination';
import { isProtectedUrl } from '@/utils/shared/protected-sites';

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
    expect(reason('')).toBe('empty');
    expect(reason('weather')).toBe('notAnAddress');
    expect(reason('javascript:alert(1)')).toBe('notAWebPage');
    expect(reason('file:///etc/passwd')).toBe('notAWebPage');
    expect(reason('chrome://settings')).toBe('notAWebPage');
    expect(reason('https://www.suzylamplugh.org/')).toBe('supportSite');
    expect(reason(' https://www.example.com/ ')).toBe('ok');
  });

  it('offers only suggestions it would accept', () => {
    for (const { url } of SUGGESTED_DESTINATIONS) expect(checkDestination(url, isProtectedUrl).ok, url).toBe(true);
  });
});
