import { SERVICE_SEARCH_TERMS, SUPPORT_TOPIC_TERMS } from '../../../data/search-terms';
import { fold } from '@/utils/shared/fold';

/** Lower case, no accents, no apostrophes, words separated by single spaces. */
export function words(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** Builds a test for whether a search contains any of the phrases, as whole words. */
export function createTermMatcher(phrases: readonly string[]): (query: string) => boolean {
  const wanted = [...new Set(phrases.map(words).filter(Boolean))];
  return (query) => {
    const text = ` ${words(query)} `;
    return wanted.some((phrase) => text.includes(` ${phrase} `));
  };
}

/** Does this search point to a support site? */
export const mentionsSupport = createTermMatcher([
  ...SUPPORT_TOPIC_TERMS,
  ...Object.values(SERVICE_SEARCH_TERMS).flat(),
]);
