import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messages';

/** The popup's exit: the tab behind the popup is the one the person is looking at. */
async function exitFromPopup(): Promise<void> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  await sendMessage('exit', { trigger: 'popup', tabId: active?.id });
  window.close();
}

export function ExitNowButton() {
  return (
    <button type="button" class="exit-now" onClick={() => void exitFromPopup()}>
      <span class="visually-hidden">Emergency </span>Exit this page
    </button>
  );
}
