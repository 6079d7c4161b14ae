import { emergencyNumbers } from '@/data/services';
import type { Country } from '@/data/types';

/** Always on screen: what to do in danger, for the chosen country, from sourced numbers only. */
export function EmergencyNotice({ country }: { country: Country | 'all' }) {
  const emergency = emergencyNumbers.find((e) => e.country === country);
  return (
    <section class="emergency" aria-label="Emergency">
      {emergency ? (
        <p>
          <strong>
            In danger now: call <a href={`tel:${emergency.number}`}>{emergency.number}</a>.
          </strong>{' '}
          {emergency.advice}
        </p>
      ) : (
        <p>
          <strong>In danger now: call the emergency services.</strong>
        </p>
      )}
    </section>
  );
}
