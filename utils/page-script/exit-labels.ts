/**
 * Whether a control's label says "leave this site now". Support sites word it
 * in many ways: "EXIT SITE", "× Quick exit (ESC)", "↰ Leave this website
 * quickly", "Click To Exit", "Hide/Exit", "GET ME OFF THIS SITE!", "Hide this
 * page" followed by a visually hidden "Or press escape key to hide this page".
 * Ordinary controls use the same verbs in other shapes: "Exit survey", "Exit
 * full screen", "Leave feedback", "Hide this message", "Close", "Log out".
 */

/** Longer than this, it is a sentence or a card, not a control's label. */
const MAX_WORDS = 14;

/** A qualifier only a way out takes, anywhere in the label: "quick exit", "safety exit", "emergency escape". */
const QUALIFIED = /\b(?:quick|quickly|safe|safely|safety|emergency|fast|rapid) (?:exit|escape|leave)\b/;

/** Words around the verb that add nothing: icons read as "x", "click to", "now", "(Esc)". */
const LEADING = /^(?:(?:x|click|tap|press|here|to|please) )+/;
const TRAILING =
  /(?: (?:x|now|right now|right away|immediately|instantly|quickly|quick|safely|fast|esc|key|here|button|btn))+$/;

const PLACE = '(?: (?:from|of))?(?: (?:this|the|our))? (?:web ?site|site|web ?page|page)';

/** A whole clause that means nothing but "leave this site". */
const CLAUSES = [
  // "Exit", "Exit site", "Leave this website", "Escape", "Hide/Exit", "Get me off this site".
  new RegExp(`^(?:hide )?(?:exit|leave|escape|get (?:me )?(?:out|off|away))(?:${PLACE})?$`),
  // "Hide this page", "Close this site": these verbs mean leaving only with the place.
  new RegExp(`^(?:hide|close|quit)${PLACE}$`),
  // "Leave to Google": the destination named (not the immigration term "leave to remain").
  /^(?:exit|leave|escape) to (?!remain\b)[a-z]+(?: [a-z]+)?$/,
  // Hiding the visit: "Hide your tracks", "Change this site".
  /^(?:hide|cover) (?:your|my) (?:tracks|visit)$/,
  /^change (?:this|the) (?:web ?site|site)$/,
  // "Panic", "Panic button" (not "Panic attacks").
  /^panic$/,
];

/** Lower case, accents and symbols gone, words separated by single spaces. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The clauses of a label: hints in brackets dropped, split at punctuation and at "or", "click", "press". */
function clauses(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .split(/[.!?;:|]/)
    .flatMap((part) => normaliseLabel(part).split(/\b(?:or|click|tap|press)\b/))
    .map((clause) => clause.trim().replace(LEADING, '').replace(TRAILING, '').trim());
}

export function isExitLabel(text: string): boolean {
  const whole = normaliseLabel(text);
  if (!whole || whole.split(' ').length > MAX_WORDS) return false;
  return QUALIFIED.test(whole) || clauses(text).some((clause) => CLAUSES.some((pattern) => pattern.test(clause)));
}
