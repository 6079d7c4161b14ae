import { describe, expect, it } from 'vitest';
import { DEFAULT_DESTINATION, usableDestination } from '@/utils/destination';
import { isProtectedUrl } from '@/utils/protected-sites';

describe('usableDestination', () => {
  it('keeps an ordinary web page', () => {
    expect(usableDestination('https://www.example.com/news', isProtectedUrl)).toBe('https://www.example.com/news');
    expect(usableDestination('http://example.com', isProtectedUrl)).toBe('http://example.com/');
  });

  it('falls back to the default for anything else', () => {
    for (const value of [
      undefined,
      null,
      42,
      { url: 'https://example.com' },
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
