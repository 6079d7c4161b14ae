import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isOwnPage, maySend, MESSAGE_SENDERS, senderKind } from '@/utils/background/senders';

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

describe('who may send the background what', () => {
  it('lets the content script exit and say hello, and nothing else', () => {
    const kind = senderKind({ id: ID, url: 'https://www.suzylamplugh.org/', tab: { id: 7 } }, ID, ORIGIN);
    expect(kind).toBe('content-script');
    expect(maySend('exit', kind)).toBe(true);
    expect(maySend('hello', kind)).toBe(true);
    for (const type of ['openWebsite', 'cleanNow', 'addSite', 'removeSite'] as const) {
      expect(maySend(type, kind), type).toBe(false);
    }
  });

  it('lets the extension’s pages do everything but say hello, and strangers nothing', () => {
    const page = senderKind({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN);
    expect(page).toBe('page');
    expect(maySend('hello', page)).toBe(false);
    for (const type of ['exit', 'openWebsite', 'cleanNow', 'addSite', 'removeSite'] as const) {
      expect(maySend(type, page), type).toBe(true);
    }
    const stranger = senderKind({ id: 'other', url: 'https://x.example/', tab: { id: 1 } }, ID, ORIGIN);
    expect(stranger).toBeUndefined();
    for (const type of Object.keys(MESSAGE_SENDERS) as (keyof typeof MESSAGE_SENDERS)[]) {
      expect(maySend(type, stranger), type).toBe(false);
    }
  });
});
