import { i18n } from '#i18n';
import { claim } from '@/data/guidance';

/**
 * Above the helplines, in one line: calling, texting or emailing one leaves its
 * own record on the device; the guide's full sentence one press away, so the
 * list still starts high in a small popup.
 */
export function ContactTraceNote() {
  return (
    <details class="contact-trace">
      <summary>{i18n.t('popup.contactTrace')}</summary>
      <p>{claim('contact-logs').text}</p>
    </details>
  );
}
