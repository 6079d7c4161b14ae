/**
 * Large platforms shared by many people, which a person must not add as a whole
 * site (utils/shared/shared-platforms.ts holds the rule). Adding one would remove all of
 * it from history, put the exit button on every page of it, and clear its
 * cookies, signing the person out of it and of everything else on its domain.
 */

/**
 * One host, everybody's pages under it by path: a group on a social network, a
 * page on a forum host, a site on a site builder's shared host. Never added.
 */
export const ONE_HOST_PLATFORMS: readonly string[] = [
  'facebook.com',
  'instagram.com',
  'x.com',
  'twitter.com',
  'tiktok.com',
  'reddit.com',
  'youtube.com',
  'linkedin.com',
  'google.com',
  'medium.com',
  'discord.com',
];

/**
 * Every person's site on its own subdomain (someone.wordpress.com): the site can be
 * added, but its cookies are kept, because the cookies of the platform's domain
 * are the person's own sign-in to it (and Chromium clears cookies for a whole
 * registrable domain). The platform's own host is never added.
 *
 * github.io, blogspot.com, wixsite.com, netlify.app, pages.dev, webflow.io and
 * carrd.co are entries in the Public Suffix List's private section (each
 * subdomain is somebody's own site): public_suffix_list.dat, read 2026-11-30.
 */
export const SUBDOMAIN_PLATFORMS: readonly string[] = [
  'wordpress.com',
  'blogspot.com',
  'wixsite.com',
  'github.io',
  'tumblr.com',
  'weebly.com',
  'substack.com',
  'netlify.app',
  'pages.dev',
  'webflow.io',
  'carrd.co',
];

export const SHARED_PLATFORM_SOURCES: readonly string[] = [
  'https://github.com/publicsuffix/list/blob/main/public_suffix_list.dat',
];
