import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { sendMessage } from '@/utils/shared/messages';
import { closePopup } from './close-popup';

/** The exit from an extension page: the active tab of its window is the one the person is looking at. */
async function exitFromPopup(): Promise<void> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  await sendMessage('exit', { trigger: 'popup', tabId: active?.id });
  closePopup();
}

export function ExitNowButton() {
  return (
    <button type="button" class="exit-now" onClick={() => void exitFromPopup()}>
      <span class="visually-hidden">{i18n.t('exit.hiddenPrefix')}</span>
      {i18n.t('exit.label')}
    </button>
  );
}
