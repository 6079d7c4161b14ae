import { describe, expect, it } from 'vitest';
import { parseSearchPage } from '@/utils/background/clean/search-pages';
import { createTermMatcher, mentionsSupport, words } from '@/utils/background/clean/search-terms';

describe('parseSearchPage', () => {
  it.each([
    ['https://www.google.com/search?q=stalking+help', 'Google', 'stalking help'],
    ['https://www.google.co.uk/search?client=x&q=domestic%20abuse', 'Google', 'domestic abuse'],
    ['https://google.com.au/search?q=1800respect', 'Google', '1800respect'],
    ['https://www.bing.com/search?q=refuge&form=QBLH', 'Bing', 'refuge'],
    ['https://duckduckgo.com/?q=suzy+lamplugh&ia=web', 'DuckDuckGo', 'suzy lamplugh'],
    ['https://html.duckduckgo.com/html/?q=galop', 'DuckDuckGo', 'galop'],
    ['https://search.yahoo.com/search?p=karma+nirvana', 'Yahoo', 'karma nirvana'],
    ['https://uk.search.yahoo.com/search?p=childline', 'Yahoo', 'childline'],
    ['https://www.ecosia.org/search?method=index&q=samaritans', 'Ecosia', 'samaritans'],
    ['https://search.brave.com/search?q=ncdv&source=web', 'Brave', 'ncdv'],
    ['https://www.startpage.com/do/search?query=forced+marriage', 'Startpage', 'forced marriage'],
  ])('%s', (url, engine, query) => {
    expect(parseSearchPage(url)).toEqual({ engine, query });
  });

  it('decodes "+", "%20", UTF-8 escapes and non-Latin text', () => {
    expect(parseSearchPage('https://www.google.com/search?q=a+b%20c')?.query).toBe('a b c');
    expect(parseSearchPage('https://www.bing.com/search?q=r%C3%A9fuge')?.query).toBe('réfuge');
    expect(
      parseSearchPage(
        'https://www.google.com/search?q=%D0%BF%D1%80%D0%B5%D1%81%D0%BB%D0%B5%D0%B4%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5',
      )?.query,
    ).toBe('преследование');
    expect(parseSearchPage('https://duckduckgo.com/?q=%E3%82%B9%E3%83%88%E3%83%BC%E3%82%AB%E3%83%BC')?.query).toBe(
      'ストーカー',
    );
    expect(parseSearchPage('https://www.google.com/search?q=100%25+sure')?.query).toBe('100% sure');
  });

  it('reads where a Google result redirect leads', () => {
    expect(parseSearchPage('https://www.google.com/url?q=https://www.suzylamplugh.org/&sa=U')).toEqual({
      engine: 'Google',
      query: '',
      target: 'https://www.suzylamplugh.org/',
    });
  });

  it('ignores pages that are not result pages, and look-alike hosts', () => {
    for (const url of [
      'https://www.google.com/maps?q=refuge',
      'https://mail.google.com/search?q=x',
      'https://www.google.evil.example/search?q=x',
      'https://news.example.org/search?q=stalking',
      'https://www.bing.com/images/search?q=refuge',
      'not a url',
    ]) {
      expect(parseSearchPage(url), url).toBeUndefined();
    }
  });
});

describe('the support-topic matcher', () => {
  it('matches phrases as whole words, ignoring case, accents and apostrophes', () => {
    expect(mentionsSupport('How to report STALKING')).toBe(true);
    expect(mentionsSupport('women’s refuge near me')).toBe(true);
    expect(mentionsSupport('Réfuge')).toBe(true);
    expect(mentionsSupport("clare's law application")).toBe(true);
    expect(mentionsSupport('national stalking helpline number')).toBe(true);
    expect(mentionsSupport('  domestic   abuse ')).toBe(true);
  });

  it('does not match parts of words or ordinary searches', () => {
    expect(mentionsSupport('rapeseed oil')).toBe(false);
    expect(mentionsSupport('refugee statistics')).toBe(false);
    expect(mentionsSupport('weather tomorrow')).toBe(false);
    expect(mentionsSupport('domestic flights abuse of power')).toBe(false);
    expect(mentionsSupport('')).toBe(false);
  });

  it('builds matchers for other phrase lists', () => {
    const matches = createTermMatcher(['Élan vital']);
    expect(matches('the elan-vital of it')).toBe(true);
    expect(words('Élan-Vital’s')).toBe('elan vitals');
  });
});
