import { describe, expect, it } from 'vitest';
import { capabilitiesOf, describeInstallType } from '@/utils/pages/safety-check/explain';

describe('capabilitiesOf', () => {
  it('explains access to every site, and each watching permission, in plain words', () => {
    const found = capabilitiesOf(['history', 'tabs', 'cookies', 'storage', 'alarms'], ['<all_urls>']);
    expect(found.map((c) => c.permission)).toEqual(['<all_urls>', 'history', 'tabs', 'cookies']);
    expect(found[0]!.explanation).toMatch(/every website you visit/);
    expect(found[1]!.explanation).toMatch(/every page you have visited/);
  });

  it('treats every broad host pattern as all sites, and a single site as nothing to report', () => {
    for (const host of ['*://*/*', 'https://*/*', 'http://*/*', '*://*.com/*']) {
      expect(
        capabilitiesOf([], [host]).map((c) => c.permission),
        host,
      ).toEqual([host]);
    }
    expect(capabilitiesOf(['storage'], ['https://example.com/*'])).toEqual([]);
  });

  it('covers traffic, control and reaching outside the browser', () => {
    const found = capabilitiesOf(['webRequest', 'proxy', 'debugger', 'clipboardRead', 'nativeMessaging'], []);
    expect(found).toHaveLength(5);
    expect(found.find((c) => c.permission === 'nativeMessaging')!.explanation).toMatch(
      /program installed on this computer/,
    );
  });
});

describe('describeInstallType', () => {
  it('says who put it there', () => {
    expect(describeInstallType('admin')).toMatch(/administrator/);
    expect(describeInstallType('development')).toMatch(/developer mode/);
    expect(describeInstallType('sideload')).toMatch(/another program/);
    expect(describeInstallType('normal')).toMatch(/store/);
    expect(describeInstallType(undefined)).toMatch(/does not say/);
  });
});
