import { i18n } from '#i18n';
import { useExitShortcut } from './exit-shortcut';

/** "Press <the shortcut>, on any page." with the one the browser has now, or that none is set. */
export function ShortcutSentence() {
  const shortcut = useExitShortcut();
  if (shortcut === undefined) return null;
  return <>{shortcut ? i18n.t('shortcut.press', [shortcut]) : i18n.t('shortcut.none')}</>;
}
