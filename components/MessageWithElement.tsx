import type { ComponentChildren } from 'preact';

/**
 * Put in for "$1" when a catalogue sentence has an element (a link) inside it. A
 * private-use character: Chrome's getMessage cuts a substitution at a NUL.
 */
export const ELEMENT_SLOT = '\uE000';

/**
 * A translated sentence with one element in it, so that word order stays the
 * translator's: `message` is `i18n.t(key, [ELEMENT_SLOT])`.
 */
export function MessageWithElement({ message, element }: { message: string; element: ComponentChildren }) {
  const [before, after = ''] = message.split(ELEMENT_SLOT);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}
