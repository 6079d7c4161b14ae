/**
 * What another extension's permissions let its owner see or do, in plain words.
 * Only the permissions that could watch browsing, read pages or change traffic
 * are listed; an extension with none of them is not shown.
 */
import { i18n } from '#i18n';

export interface Capability {
  permission: string;
  explanation: string;
}

const ALL_SITES = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|\*:\/\/\*\.[^/]*\/\*|file:\/\/\/\*)$/;

/** The permissions explained (catalogue: check.can.*). */
const WATCHING_PERMISSIONS = [
  'history',
  'tabs',
  'webNavigation',
  'cookies',
  'webRequest',
  'webRequestBlocking',
  'proxy',
  'debugger',
  'clipboardRead',
  'nativeMessaging',
  'management',
  'declarativeNetRequestFeedback',
  'pageCapture',
  'tabCapture',
  'desktopCapture',
] as const;
type WatchingPermission = (typeof WATCHING_PERMISSIONS)[number];
const isWatching = (permission: string): permission is WatchingPermission =>
  (WATCHING_PERMISSIONS as readonly string[]).includes(permission);

export function capabilitiesOf(permissions: readonly string[], hostPermissions: readonly string[]): Capability[] {
  const found: Capability[] = [];
  const broadHost = hostPermissions.find((host) => ALL_SITES.test(host));
  if (broadHost) found.push({ permission: broadHost, explanation: i18n.t('check.can.allSites') });
  for (const permission of permissions) {
    if (isWatching(permission)) found.push({ permission, explanation: i18n.t(`check.can.${permission}`) });
  }
  return found;
}

const INSTALL_TYPES = ['admin', 'development', 'sideload', 'normal'] as const;

/** Who put an extension there, from `management.ExtensionInfo.installType`. */
export function describeInstallType(installType: string | undefined): string {
  const known = INSTALL_TYPES.find((type) => type === installType);
  return i18n.t(`check.installedBy.${known ?? 'unknown'}`);
}
