import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isOwnPage } from '@/utils/senders';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('message senders', () => {
  it('recognises the extension’s own pages, as a popup or in a tab', () => {
    expect(isOwnPage({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isOwnPage({ id: ID, url: `${ORIGIN}popup.html`, tab: { id: 3 } }, ID, ORIGIN)).toBe(true);
    expect(isOwnContentScript({ id: ID, url: `${ORIGIN}popup.html`, tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
  });

  it('recognises its content script in a web page', () => {
    const sender = { id: ID, url: 'https://www.suzylamplugh.org/', tab: { id: 7 } };
    expect(isOwnContentScript(sender, ID, ORIGIN)).toBe(true);
    expect(isOwnPage(sender, ID, ORIGIN)).toBe(false);
  });

  it('refuses other extensions, and pages pretending to be extension pages', () => {
    expect(isOwnPage({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isOwnContentScript({ id: 'other', url: 'https://x.example/', tab: { id: 1 } }, ID, ORIGIN)).toBe(false);
    expect(isOwnPage({ id: ID, url: `chrome-extension://other/popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isOwnPage({ url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isOwnContentScript({ id: ID }, ID, ORIGIN)).toBe(false);
  });
});
