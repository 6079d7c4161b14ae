import { i18n } from '#i18n';
import type { CleanReport } from '@/utils/shared/clean-report';

/** What a clean did, in one plain sentence. It never names a site. */
export function summariseClean(report: CleanReport): string {
  const { removed, failed } = report;
  const count = (n: number | undefined, key: 'pages' | 'searches' | 'closedTabs' | 'siteData' | 'downloads') =>
    n ? i18n.t(`cleanNow.${key}`, n) : '';
  const parts = [
    count(removed.history, 'pages'),
    count(removed.searches, 'searches'),
    count(removed['closed-tabs'], 'closedTabs'),
    count(removed['site-data'], 'siteData'),
    count(removed.downloads, 'downloads'),
  ].filter(Boolean);
  const done =
    parts.length === 0
      ? i18n.t('cleanNow.nothing')
      : i18n.t('cleanNow.removed', [parts.join(i18n.t('cleanNow.listSeparator'))]);
  const notes = [
    ...(report.unavailable.length > 0 ? [i18n.t('cleanNow.unavailable')] : []),
    ...(failed.length > 0 ? [i18n.t('cleanNow.failed')] : []),
  ];
  if (notes.length === 0) return done;
  return [...(parts.length === 0 ? [] : [done]), ...notes].join(' ');
}
