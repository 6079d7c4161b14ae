/**
 * Beyond the catalogue (Chromium): a page that shows a quick-exit control is very
 * likely a support site. declarativeContent lets the browser notice such a page
 * without any host permission or isolated world: while one is shown, the toolbar
 * icon carries a "+" badge, and the popup, opened there, offers "Add this site"
 * first (it checks the page itself through activeTab: the browser tells an
 * extension nothing about which rule matched). Nothing on the page changes and
 * nothing is stored. Firefox has no declarativeContent; its popup still checks.
 *
 * The browser matches only simple selectors on displayed elements here, so this
 * is a narrower net than the exit button's recogniser (site-controls.ts), which
 * the popup's check uses: a control named only by its words is found when the
 * popup opens, not by the icon.
 */
import { browser, type Browser } from 'wxt/browser';
import { oneAtATime } from './one-at-a-time';
import { discreetModeItem, readDiscreetMode } from '@/utils/shared/settings';
import { hintIconImageData } from './hint-icon';

/**
 * Each selector on its own is enough (conditions are alternatives): GOV.UK's and
 * the Scottish Government's components, the markers and elements of published
 * quick-exit scripts and plugins, and the names such controls carry in any case
 * style. Not matched as parts of longer names: "getaway", "hide-page" and
 * "leave-page" ("holiday-getaway", "hide-pagination", "leave-page-modal": a
 * dialog's own "Leave page").
 */
export const EXIT_CONTROL_SELECTORS = [
  '.govuk-exit-this-page',
  '[class*="ds_hide-page"]',
  '[data-quick-exit]',
  '[data-exit-button]',
  '#sftExt-frontend-button',
  '#get-away',
  '#hide-site',
  '[class~="hide-page" i]',
  '[class*="leave-page-fab"]',
  ...[
    'quick-exit',
    'quickexit',
    'quick_exit',
    'quick-escape',
    'safety-exit',
    'safe-exit',
    'exit-site',
    'leave-site',
    'page-exit',
    'exit-this-page',
    'panic-btn',
    'panic-button',
  ].flatMap((name) => [`[class*="${name}" i]`, `[id*="${name}" i]`]),
];

type DeclarativeContent = typeof Browser.declarativeContent;

/** Chromium's declarativeContent, or undefined (Firefox, and any browser without it). */
function declarativeContent(): DeclarativeContent | undefined {
  return (globalThis as { chrome?: { declarativeContent?: DeclarativeContent } }).chrome?.declarativeContent;
}

function hintRule(api: DeclarativeContent): Browser.events.Rule {
  return {
    id: 'quick-exit-control',
    conditions: EXIT_CONTROL_SELECTORS.map((selector) => new api.PageStateMatcher({ css: [selector] })),
    actions: [new api.SetIcon({ imageData: hintIconImageData() })],
  };
}

/**
 * The rule on, or off in discreet mode (a badge on the toolbar would show a
 * safety tool at a glance). Rules outlive the worker and browser restarts, so
 * each call replaces what is there.
 */
export async function applySupportSiteHint(on: boolean): Promise<void> {
  const api = declarativeContent();
  if (!api) return;
  const events = api.onPageChanged;
  // Callbacks: in a service worker these methods give no promise back.
  await new Promise<void>((resolve) => events.removeRules(undefined, () => resolve()));
  if (on) await new Promise<void>((resolve) => events.addRules([hintRule(api)], () => resolve()));
}

/**
 * In the background: set when the extension is installed or updated and when the
 * browser starts (the browser keeps the rule across restarts, but loads it back
 * lazily and may lose a write made just before closing), and on each change of
 * discreet mode, one change at a time. An ordinary wake-up of the worker (an
 * exit, say) does no work for it.
 */
export function initSupportSiteHint(): void {
  if (!declarativeContent()) return;
  const inTurn = oneAtATime();
  const apply = (discreet: boolean) => void inTurn(() => applySupportSiteHint(!discreet)).catch(() => undefined);
  const applyStored = () => void readDiscreetMode().then(apply);
  browser.runtime.onInstalled.addListener(applyStored);
  browser.runtime.onStartup.addListener(applyStored);
  discreetModeItem.watch((on) => apply(on === true));
}
