import { i18n } from '#i18n';
import type { Fact, Service } from '@/data/types';

const FACTS = ['phone', 'text', 'email', 'chat', 'website', 'hours', 'free'] as const satisfies (keyof Service)[];

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
  const facts = FACTS.map(
    (key) => [i18n.t(`directory.fact.${key}`), service[key] as Fact<unknown> | undefined] as const,
  ).filter(([, fact]) => fact !== undefined);
  return (
    <details class="sources">
      <summary>{i18n.t('directory.sources', [formatDate(service.checked)])}</summary>
      <dl>
        {facts.map(([name, fact]) => (
          <>
            <dt>
              {name}
              {fact!.confirmed ? '' : i18n.t('directory.sourceUnconfirmed')}
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
