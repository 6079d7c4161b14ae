/** The label rule on its own: the many ways sites say "leave this site now", and the look-alikes that do not. */
import { describe, expect, test } from 'vitest';
import { isExitLabel } from '@/utils/page-script/exit-labels';

describe('labels that mean leaving the site', () => {
  test.each([
    'Exit',
    'ESCAPE',
    'Leave',
    'Quick exit',
    'Safety Exit',
    'Emergency escape',
    'Safely exit',
    'Exit safely',
    'Exit right away',
    'Get away',
    'Get me out',
    'Panic button',
    'Exit site (Esc)',
    'Exit this website NOW',
    'Exit from this website',
    'Leave the site',
    'Leave Website Immediately',
    'Click here to leave this site',
    'Press Esc or click to exit',
    'Exit to Google',
    'Hide page',
    'Close this site',
    'Quit this website',
    '➜ EXIT SITE ➜',
  ])('%s', (label) => {
    expect(isExitLabel(label)).toBe(true);
  });
});

describe('labels that do something else', () => {
  test.each([
    '',
    '×',
    'Close',
    'Hide',
    'Exit survey',
    'Exit full screen',
    'Exit reader mode',
    'Save and exit',
    'Leave feedback',
    'Leave a comment',
    'Leave site feedback',
    'Leave to remain',
    'Hide this message',
    'Hide cookie message',
    'Close menu',
    'Log out',
    'End chat',
    'Panic attacks',
    'Get out of debt',
    'Get help now',
    'Escape rooms near you',
    'Leaving an abusive relationship',
    'Quit smoking',
    'Your exit plan',
    'Read our guide to staying safe online, which explains how and when to use a quick exit button on any page',
  ])('%s', (label) => {
    expect(isExitLabel(label)).toBe(false);
  });
});
