import { i18n } from '#i18n';
import type { OpeningTimes } from '@/data/types';
import { openNow } from '@/utils/pages/directory/open-now';

/** "Open now" or "Closed now", only for services whose sources give their hours in full. */
export function OpenNow({ times, now }: { times: readonly OpeningTimes[] | undefined; now: Date }) {
  const state = openNow(times, now);
  if (!state) return null;
  return (
    <span class={`open-now ${state}`}>
      {state === 'open' ? i18n.t('directory.openNow') : i18n.t('directory.closedNow')}
    </span>
  );
}
