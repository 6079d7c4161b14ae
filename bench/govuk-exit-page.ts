/**
 * A page carrying GOV.UK's own "Exit this page" component (govuk-frontend, a dev
 * dependency used only by the benchmarks), as its documentation shows it: the
 * button links to the destination, and the component's script hides the page
 * and sends the tab there when it is clicked.
 */
import { readFileSync } from 'node:fs';
import type { Responder } from './served-tab';

export const GOVUK_VERSION: string = JSON.parse(
  readFileSync('node_modules/govuk-frontend/package.json', 'utf8'),
).version;
const GOVUK_JS = readFileSync('node_modules/govuk-frontend/dist/govuk/all.bundle.js', 'utf8');
const GOVUK_CSS = readFileSync('node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', 'utf8');

/** `afterInit`: more of the page's own script, run once the component is set up (the cover benchmark watches frames). */
export const govukExitPage = (destination: string, afterInit = '') => `<!doctype html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>Support</title>
<link rel="stylesheet" href="/govuk.css"></head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div class="govuk-exit-this-page" data-module="govuk-exit-this-page">
  <a href="${destination}" role="button" draggable="false" data-module="govuk-button"
     class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"
     rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a>
</div>
<main class="govuk-main-wrapper"><h1 class="govuk-heading-xl">Support</h1><p class="govuk-body">Help is available.</p></main>
<script src="/govuk.js"></script>
<script>GOVUKFrontend.initAll();${afterInit}</script>
</body></html>`;

/** Serves the page at every path, and the component's script and styles. */
export const serveGovukExitPage =
  (destination: string, afterInit = ''): Responder =>
  (url) => {
    if (url.pathname === '/govuk.js') return { body: GOVUK_JS, contentType: 'text/javascript' };
    if (url.pathname === '/govuk.css') return { body: GOVUK_CSS, contentType: 'text/css' };
    return { body: govukExitPage(destination, afterInit), contentType: 'text/html; charset=utf-8' };
  };
