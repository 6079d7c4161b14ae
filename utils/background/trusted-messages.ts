/**
 * The background's side of the message protocol: every handler goes through
 * here, and runs only for a sender the table in ./senders.ts allows.
 */
import type { ExtensionMessage, GetReturnType, MaybePromise, Message } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { onMessage, type ProtocolMap } from '@/utils/shared/messages';
import { maySend, senderKind, type BackgroundMessage, type SenderKind } from './senders';

type Received<K extends BackgroundMessage> = Message<ProtocolMap, K> & ExtensionMessage;

export function onTrustedMessage<K extends BackgroundMessage>(
  type: K,
  handler: (message: Received<K>, from: SenderKind) => void | MaybePromise<GetReturnType<ProtocolMap[K]>>,
): () => void {
  return onMessage(type, (message) => {
    const from = senderKind(message.sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!maySend(type, from)) throw new Error('Unexpected sender');
    return handler(message as Received<K>, from);
  });
}
