import { describe, expect, it } from 'vitest';
import { ONE_HOST_PLATFORMS, SUBDOMAIN_PLATFORMS } from '@/data/shared-platforms';
import { siteDataHosts } from '@/utils/background/clean/site-data';
import {
  canAddHost,
  cookieDomainOf,
  keepsSiteData,
  sharedPlatformOf,
  whyHostCannotBeAdded,
} from '@/utils/shared/shared-platforms';

describe('hosts of large shared platforms', () => {
  it('are never added when one host holds everybody’s pages', () => {
    for (const host of [
      'facebook.com',
      'www.facebook.com',
      'm.facebook.com',
      'x.com',
      'www.reddit.com',
      'sites.google.com',
    ])
      expect(canAddHost(host), host).toBe(false);
  });

  it('are added as a person’s own subdomain, never as the platform itself', () => {
    expect(canAddHost('someone.wordpress.com')).toBe(true);
    expect(canAddHost('refuge-group.blogspot.com')).toBe(true);
    expect(canAddHost('wordpress.com')).toBe(false);
    expect(canAddHost('www.wordpress.com')).toBe(false);
    expect(canAddHost('github.io')).toBe(false);
  });

  it('and general-purpose sites are never added whole, each with its reason', () => {
    for (const host of ['www.gov.uk', 'www.bristol.gov.uk', 'www.nhs.uk', 'www.met.police.uk', 'www.theguardian.com'])
      expect(whyHostCannotBeAdded(host), host).toBe('general-purpose');
    expect(whyHostCannotBeAdded('www.facebook.com')).toBe('platform');
    expect(whyHostCannotBeAdded('my-local-refuge.example')).toBeUndefined();
    expect(canAddHost('notgov.uk.example')).toBe(true);
  });

  it('are told apart by domain, not by text', () => {
    expect(canAddHost('notfacebook.com')).toBe(true);
    expect(canAddHost('forum.example.com')).toBe(true);
    expect(sharedPlatformOf('myx.com')).toBeUndefined();
    expect(sharedPlatformOf('help.someone.github.io')).toBe('github.io');
  });

  it('keep their cookies and storage in every clean', () => {
    expect(keepsSiteData('someone.wordpress.com')).toBe(true);
    expect(keepsSiteData('forum.example.com')).toBe(false);
    // A dedicated site whose cookies Chromium would clear with its general-purpose domain's.
    expect(keepsSiteData('reportandsupport.ed.ac.uk')).toBe(true);
    expect(keepsSiteData('www.reportandsupport.manchester.ac.uk')).toBe(true);
    expect(keepsSiteData('www.womensaid.org.uk')).toBe(false);
    expect(keepsSiteData('chat.womensaid.org.uk')).toBe(false);
    expect(
      siteDataHosts([
        { host: 'someone.wordpress.com', path: '' },
        { host: 'forum.example.com', path: '' },
      ]),
    ).toEqual(['forum.example.com']);
  });

  it('are written as bare lower-case domains, each once', () => {
    const all = [...ONE_HOST_PLATFORMS, ...SUBDOMAIN_PLATFORMS];
    expect(new Set(all).size).toBe(all.length);
    for (const domain of all) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});

describe('what clearing a site’s cookies also clears', () => {
  it('is the whole registrable domain (Chromium clears cookies for it)', () => {
    expect(cookieDomainOf('forum.example.com')).toBe('example.com');
    expect(cookieDomainOf('mail.example.com')).toBe('example.com');
    expect(cookieDomainOf('www.support.org.uk')).toBe('support.org.uk');
    expect(cookieDomainOf('example.org')).toBe('example.org');
  });
});
