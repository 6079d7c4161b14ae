/**
 * Text compared as a person reads it: the directory's search (in the popup) and
 * the clean's support-topic searches (in the background) ignore case and accents alike.
 */

/** Lower case without accents, so "refúge" finds "Refuge". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
