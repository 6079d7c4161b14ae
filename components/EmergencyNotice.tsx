import { i18n } from '#i18n';
import { emergencyNumbers } from '@/data/services';
import type { Country, EmergencyNumber } from '@/data/types';
import { ELEMENT_SLOT, MessageWithElement } from './MessageWithElement';

/* Emergency numbers are dialled inside their own country, so they stay as they are (no country code). */
const dial = (number: string) => <a href={`tel:${number}`}>{number}</a>;

function CallLine({ emergency }: { emergency: EmergencyNumber }) {
  if (!emergency.alsoNumber) {
    return (
      <MessageWithElement message={i18n.t('emergency.callNumber', [ELEMENT_SLOT])} element={dial(emergency.number)} />
    );
  }
  // "call $1 or $2": the sentence split around its two numbers.
  const [before, between, after] = i18n.t('emergency.callEither', [ELEMENT_SLOT, ELEMENT_SLOT]).split(ELEMENT_SLOT);
  return (
    <>
      {before}
      {dial(emergency.number)}
      {between}
      {dial(emergency.alsoNumber.number)}
      {after}
    </>
  );
}

/** Always on screen: what to do in danger, for the chosen country, from sourced numbers only. */
export function EmergencyNotice({ country }: { country: Country | 'all' }) {
  const emergency = emergencyNumbers.find((e) => e.country === country);
  const sources = emergency
    ? [...new Set([...emergency.sources, ...(emergency.advice ?? []).flatMap((a) => a.sources)])]
    : [];
  return (
    <section class="emergency" aria-label={i18n.t('emergency.label')}>
      <p>
        <strong>{emergency ? <CallLine emergency={emergency} /> : i18n.t('emergency.callServices')}</strong>
      </p>
      {emergency?.advice && (
        <details class="advice">
          <summary>{i18n.t('emergency.cannotSpeak')}</summary>
          <ul>
            {emergency.advice.map((advice) => (
              <li>{advice.text}</li>
            ))}
          </ul>
          <details class="sources">
            <summary>{i18n.t('emergency.sources')}</summary>
            <ul>
              {sources.map((source) => (
                <li>{source}</li>
              ))}
            </ul>
          </details>
        </details>
      )}
    </section>
  );
}
