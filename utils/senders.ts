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
