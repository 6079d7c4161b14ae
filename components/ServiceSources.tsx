import type { Fact, Service } from '@/data/types';

const FACT_NAMES: [keyof Service, string][] = [
  ['phone', 'Phone'],
  ['text', 'Text'],
  ['email', 'Email'],
  ['chat', 'Chat'],
  ['website', 'Website'],
  ['hours', 'Opening hours'],
  ['free', 'Free to call'],
];

function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/**
 * Where each fact comes from, one step away. The addresses are text, not links:
 * opening them would add pages to history that Quick Exit does not clean.
 */
export function ServiceSources({ service }: { service: Service }) {
  const facts = FACT_NAMES.map(([key, name]) => [name, service[key] as Fact<unknown> | undefined] as const).filter(
    ([, fact]) => fact !== undefined,
  );
  return (
    <details class="sources">
      <summary>Sources, checked {formatDate(service.checked)}</summary>
      <dl>
        {facts.map(([name, fact]) => (
          <>
            <dt>
              {name}
              {fact!.confirmed ? '' : ': unconfirmed'}
              {fact!.note ? `. ${fact!.note}` : ''}
            </dt>
            {fact!.sources.map((source) => (
              <dd>{source}</dd>
            ))}
          </>
        ))}
      </dl>
    </details>
  );
}
