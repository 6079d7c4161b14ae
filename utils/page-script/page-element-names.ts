/**
 * Names of the elements Quick Exit puts into a support page. Each page load gets
 * new ones: a page cannot define a custom element under a name it cannot know in
 * advance (a site loading a public "quick-exit-button" component would otherwise
 * take over ours), nor target them by a fixed selector.
 */
export const BUTTON_ELEMENT_PREFIX = 'qe-button-';
export const COVER_ELEMENT_PREFIX = 'qe-cover-';

/** A valid custom element name no page can predict: the prefix and random lower-case letters and digits. */
export function unpredictableName(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return prefix + Array.from(random, (n) => n.toString(36)).join('');
}
