/**
 * Who sent a message. The background acts only on messages from this extension's
 * own pages and its own content script; anything else is refused.
 */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** The popup and other pages of this extension (opened as a popup, or in a tab). */
export function isOwnPage(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && !!sender.url?.startsWith(extensionOrigin);
}

/** This extension's content script, in a web page. */
export function isOwnContentScript(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && sender.tab !== undefined && !isOwnPage(sender, extensionId, extensionOrigin);
}

export type SenderKind = 'page' | 'content-script';

/** Which of this extension's own contexts sent a message, if any. */
export function senderKind(sender: Sender, extensionId: string, extensionOrigin: string): SenderKind | undefined {
  if (isOwnPage(sender, extensionId, extensionOrigin)) return 'page';
  if (isOwnContentScript(sender, extensionId, extensionOrigin)) return 'content-script';
  return undefined;
}

/**
 * Who may send the background each message it handles: one table, so a new
 * message cannot be handled without saying who may send it.
 */
export const MESSAGE_SENDERS = {
  exit: ['page', 'content-script'],
  hello: ['content-script'],
  openWebsite: ['page'],
  cleanNow: ['page'],
  addSite: ['page'],
  removeSite: ['page'],
} as const satisfies Record<string, readonly SenderKind[]>;

export type BackgroundMessage = keyof typeof MESSAGE_SENDERS;

/** Whether this sender may send this message; anything not from the extension itself never may. */
export function maySend(type: BackgroundMessage, kind: SenderKind | undefined): kind is SenderKind {
  return kind !== undefined && (MESSAGE_SENDERS[type] as readonly SenderKind[]).includes(kind);
}
