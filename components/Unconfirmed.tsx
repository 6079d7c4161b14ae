import { i18n } from '#i18n';
import type { Fact } from '@/data/types';

/**
 * Said next to any fact that only one second-hand source prints, or that sources
 * disagree on. Why it is unconfirmed is told with the sources.
 */
export function Unconfirmed({ fact }: { fact: Fact<unknown> | undefined }) {
  if (!fact || fact.confirmed) return null;
  return <span class="unconfirmed">{i18n.t('directory.unconfirmed')}</span>;
}
