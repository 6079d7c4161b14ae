/**
 * The script WXT builds from entrypoints/exit-button/ (an unlisted script), and how
 * it runs: listed in the manifest for the built-in sites (wxt.config.ts) and
 * registered at runtime for the sites the person adds (utils/background/user-sites/registration.ts), with
 * the same settings in both places.
 */
export const EXIT_BUTTON_ENTRY = 'exit-button';
export const EXIT_BUTTON_SCRIPT = `${EXIT_BUTTON_ENTRY}.js`;
/** The one rule the support page itself gets (public/exit-button-page.css): room at the top for the fixed button. */
export const EXIT_BUTTON_PAGE_CSS = 'exit-button-page.css';

/**
 * document_start: its window listeners must be registered before any page
 * script, so that no page handler runs first. All frames: a support page shown
 * in a frame is covered and can leave too.
 */
export const EXIT_BUTTON_RUN = { runAt: 'document_start', allFrames: true } as const;

/**
 * A script in the page's own world on the same sites, answering a request to
 * send notifications before the browser can prompt (public/notification-guard.js).
 */
export const NOTIFICATION_GUARD_SCRIPT = 'notification-guard.js';
