import { i18n } from '#i18n';
import { emergencyNumbers } from '@/data/services';
import type { Country } from '@/data/types';
import { ELEMENT_SLOT, MessageWithElement } from './MessageWithElement';

/** Always on screen: what to do in danger, for the chosen country, from sourced numbers only. */
export function EmergencyNotice({ country }: { country: Country | 'all' }) {
  const emergency = emergencyNumbers.find((e) => e.country === country);
  return (
    <section class="emergency" aria-label={i18n.t('emergency.label')}>
      {emergency ? (
        <p>
          <strong>
            <MessageWithElement
              message={i18n.t('emergency.callNumber', [ELEMENT_SLOT])}
              element={<a href={`tel:${emergency.number}`}>{emergency.number}</a>}
            />
          </strong>{' '}
          {emergency.advice}
        </p>
      ) : (
        <p>
          <strong>{i18n.t('emergency.callServices')}</strong>
        </p>
      )}
    </section>
  );
}
