import { browser } from 'wxt/browser';
import { readOtherExtensions, type CheckResult, type ManagementApi } from './read';

const MANAGEMENT = { permissions: ['management' as const] };

/**
 * Chromium keeps, in a page opened before the grant, a `management` namespace
 * without `getAll`; a context created after the grant gets the whole API. So the
 * list is read through an empty extension page loaded in a hidden frame.
 */
async function withFreshManagementApi<T>(use: (management: ManagementApi) => Promise<T>): Promise<T> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = browser.runtime.getURL('/api-frame.html');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const fresh = (frame.contentWindow as unknown as { chrome: { management: ManagementApi } }).chrome.management;
    return await use(fresh);
  } finally {
    frame.remove();
  }
}

/**
 * The check. `management` is optional: asked for here, during the person's
 * click, and given back as soon as the list has been read. Nothing found is stored.
 */
export async function checkThisBrowser(): Promise<CheckResult | 'refused'> {
  if (!(await browser.permissions.request(MANAGEMENT))) return 'refused';
  try {
    return await withFreshManagementApi(readOtherExtensions);
  } finally {
    await browser.permissions.remove(MANAGEMENT).catch(() => undefined);
  }
}
