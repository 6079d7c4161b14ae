/**
 * What another extension's permissions let its owner see or do, in plain words.
 * Only the permissions that could watch browsing, read pages or change traffic
 * are listed; an extension with none of them is not shown.
 */
export interface Capability {
  permission: string;
  explanation: string;
}

const ALL_SITES = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|\*:\/\/\*\.[^/]*\/\*|file:\/\/\/\*)$/;

const EXPLANATIONS: Record<string, string> = {
  history: 'Can see every page you have visited, and delete history.',
  tabs: 'Can see the address and title of every page open in your tabs.',
  webNavigation: 'Can see every page you go to, as you go there.',
  cookies: 'Can read the cookies that keep you signed in to websites, and use them.',
  webRequest: 'Can see the address of everything your browser loads, and with other permissions change it.',
  webRequestBlocking: 'Can block or change what your browser loads.',
  proxy: 'Can send all your browsing through another computer, where it can be watched.',
  debugger: 'Can take full control of any page: read everything on it and act as you.',
  clipboardRead: 'Can read what you copy.',
  nativeMessaging: 'Can talk to a program installed on this computer, outside the browser.',
  management: 'Can see your other extensions, and switch them off.',
  declarativeNetRequestFeedback: 'Can see which web addresses it has changed or blocked.',
  pageCapture: 'Can save whole pages you are looking at.',
  tabCapture: 'Can record what is shown in your tabs.',
  desktopCapture: 'Can record your screen.',
};

const ALL_SITES_EXPLANATION =
  'Can read and change everything on every website you visit, including what you type and your messages.';

export function capabilitiesOf(permissions: readonly string[], hostPermissions: readonly string[]): Capability[] {
  const found: Capability[] = [];
  const broadHost = hostPermissions.find((host) => ALL_SITES.test(host));
  if (broadHost) found.push({ permission: broadHost, explanation: ALL_SITES_EXPLANATION });
  for (const permission of permissions) {
    const explanation = EXPLANATIONS[permission];
    if (explanation) found.push({ permission, explanation });
  }
  return found;
}

/** Who put an extension there, from `management.ExtensionInfo.installType`. */
export function describeInstallType(installType: string | undefined): string {
  switch (installType) {
    case 'admin':
      return 'Installed by an administrator (a policy): it cannot be removed from here, and someone controls this browser.';
    case 'development':
      return 'Loaded by hand in developer mode: someone with access to this computer added it.';
    case 'sideload':
      return 'Installed by another program on this computer, not from a store.';
    case 'normal':
      return 'Installed from a store by someone using this browser.';
    default:
      return 'The browser does not say how it was installed.';
  }
}
