import { browser } from 'wxt/browser';
import { capabilitiesOf, describeInstallType, type Capability } from './explain';

export interface WatchingExtension {
  name: string;
  enabled: boolean;
  installedBy: string;
  capabilities: Capability[];
}

export interface CheckResult {
  extensions: WatchingExtension[];
  /** Whether Quick Exit may run in private windows. */
  allowedInPrivate: boolean;
}

export type ManagementApi = Pick<typeof browser.management, 'getAll'>;

/** The extensions other than Quick Exit whose permissions would let them watch browsing. */
export async function readOtherExtensions(management: ManagementApi): Promise<CheckResult> {
  const all = await management.getAll();
  const extensions = all
    .filter((info) => info.id !== browser.runtime.id && info.type === 'extension')
    .map((info) => ({
      name: info.name,
      enabled: info.enabled,
      installedBy: describeInstallType(info.installType),
      capabilities: capabilitiesOf(info.permissions ?? [], info.hostPermissions ?? []),
    }))
    .filter((extension) => extension.capabilities.length > 0);
  return { extensions, allowedInPrivate: await browser.extension.isAllowedIncognitoAccess() };
}
