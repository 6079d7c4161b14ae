/*
 * Runs in the page's own world on protected sites, before the page's scripts
 * (manifest: world MAIN, document_start). A notification permission granted to a
 * support site stays listed in the browser's settings after its history is gone,
 * and no extension API removes it; so the page's request never reaches the
 * browser's prompt. The page sees what it sees when a person dismisses the
 * prompt ("default"); push subscriptions fail as they do without permission.
 *
 * Plain JavaScript in an arrow function that defines no global: a built script
 * would leave a named variable in the page's world. Nothing here names Quick Exit.
 */
(() => {
  const dismissed = () => Promise.resolve('default');
  if (typeof Notification === 'function') {
    Object.defineProperty(Notification, 'requestPermission', { value: dismissed, writable: true, configurable: true });
  }
  if (typeof PushManager === 'function') {
    Object.defineProperty(PushManager.prototype, 'subscribe', {
      value: () => Promise.reject(new DOMException('Registration failed - permission denied', 'NotAllowedError')),
      writable: true,
      configurable: true,
    });
  }
})();
