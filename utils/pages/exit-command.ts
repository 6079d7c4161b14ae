/**
 * The browser shortcut for the exit: the manifest's command (wxt.config.ts) and
 * the key it suggests. Pages never state the key: they read the one the person
 * has now (components/exit-shortcut.ts), since it can be changed or removed. The
 * docs name this default, and tests/unit/consistency.test.ts keeps them to it.
 */
export const EXIT_COMMAND = 'quick-exit';
export const DEFAULT_EXIT_SHORTCUT = 'Alt+Shift+Q';
