/** The one typed protocol between the extension's contexts. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CleanReport } from './clean-report';

export type ExitTrigger = 'button' | 'site-button' | 'site-key' | 'shift-keys' | 'shortcut' | 'popup';

export interface ProtocolMap {
  /**
   * Content script or popup -> background: leave now. Answers as soon as the
   * exit has started (before the tabs close). `tabId` is read only from the popup;
   * a content script's tab comes from the sender.
   */
  exit(data: { trigger: ExitTrigger; tabId?: number }): { started: true };
  /**
   * Content script -> background, as a protected page loads: wakes the worker if it
   * was stopped, so that it is ready when the person leaves (utils/background/keep-awake.ts).
   */
  hello(): void;
  /** Background -> content script: cover the page now (used by the browser shortcut). */
  cover(): void;
  /**
   * Popup -> background: open a service's website in a new tab. Only protected
   * sites are opened, so the tab is cleaned by the next exit like any other.
   */
  openWebsite(data: { url: string }): void;
  /**
   * Popup -> background: clean now without leaving. Answers with what was
   * removed; the answer is shown once and stored nowhere.
   */
  cleanNow(): CleanReport;
  /**
   * Popup -> background, after the browser granted access to the site: protect
   * it from now on. Answers once it is stored and the button is registered there.
   */
  addSite(data: { host: string }): { added: boolean };
  /** Settings page -> background: stop protecting a site the person added and give its access back. */
  removeSite(data: { host: string }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
