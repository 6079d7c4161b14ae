import type { CleanReport } from './index';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a clean did, in one plain sentence. It never names a site. */
export function summariseClean(report: CleanReport): string {
  const { removed, failed } = report;
  const parts = [
    removed.history ? `${plural(removed.history, 'page', 'pages')} from history` : '',
    removed.searches ? plural(removed.searches, 'search', 'searches') : '',
    removed['closed-tabs'] ? plural(removed['closed-tabs'], 'recently closed tab', 'recently closed tabs') : '',
    removed['site-data'] ? `data of ${plural(removed['site-data'], 'site', 'sites')}` : '',
    removed.downloads ? plural(removed.downloads, 'download', 'downloads') : '',
  ].filter(Boolean);
  const done = parts.length === 0 ? 'Nothing to remove.' : `Removed ${parts.join(', ')}.`;
  if (failed.length === 0) return done;
  return `${parts.length === 0 ? '' : done + ' '}The clean did not complete: try again, or clear history in the browser's settings.`;
}
