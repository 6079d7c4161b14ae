/**
 * What Quick Exit tells people it does and cannot do: the one place for each of
 * those claims. The guide lists them all; the first-run page, the popup, the check
 * page and the docs (docs/store/listing.md, docs/for-support-sites.md) quote them
 * by id, and tests/unit/consistency.test.ts fails when a copy says otherwise.
 *
 * Every claim names the public pages it rests on (read on the date below), so it
 * can be checked and kept up to date like the helpline data.
 */
export interface GuidanceSource {
  /** Who says it, and the page's title. */
  name: string;
  /** The page it was read from; none for what Quick Exit says of its own behaviour, which its code and tests show. */
  url?: string;
}

export interface GuidanceClaim {
  /** Stable: other pages, the docs and the tests quote a claim by its id. */
  id: string;
  text: string;
  sources: readonly GuidanceSource[];
}

export interface GuidanceSection {
  id: string;
  heading: string;
  claims: readonly GuidanceClaim[];
}

/** When the sources below were last read. */
export const GUIDANCE_CHECKED = '2026-11-30';

const NNEDV_SPYWARE: GuidanceSource = {
  name: 'NNEDV Safety Net, "Spyware/Stalkerware"',
  url: 'http://techsafety.org/spyware',
};
const NYSCADV: GuidanceSource = {
  name: 'New York State Coalition Against Domestic Violence, "Digital Safety"',
  url: 'https://www.nyscadv.org/digital-safety/',
};
const SEATTLE: GuidanceSource = {
  name: 'Seattle City Attorney, "Internet Safety" (domestic violence help)',
  url: 'https://web5.seattle.gov/cityattorney/crime-victim-assistance/domestic-violence-help/internet-safety',
};
const GOOGLE_SYNC: GuidanceSource = {
  name: 'Google Help, "Sync your account settings" (history, extensions; changes show on the other devices signed in)',
  url: 'https://support.google.com/pixelslate/answer/9136882?hl=en',
};
const GOOGLE_SIGN_IN: GuidanceSource = {
  name: 'Google Chrome Help, "Sign in to Chrome"',
  url: 'https://support.google.com/chrome/answer/185277?hl=en-GB',
};
const GOOGLE_ACTIVITY: GuidanceSource = {
  name: 'Google Account Help, "How Google helps you delete data from your account" (Search activity saved in the account)',
  url: 'https://support.google.com/accounts/answer/10549751?hl=en',
};
const MOZILLA_SYNC_TYPES: GuidanceSource = {
  name: 'Mozilla, "Firefox Sync data types" (history)',
  url: 'https://mozilla-services.github.io/syncstorage-rs/data-types.html',
};
const MOZILLA_ADDON_SYNC: GuidanceSource = {
  name: 'MozillaWiki, "Services/Sync/Addon Sync" (an add-on install reaches the other Sync-connected devices)',
  url: 'http://wiki.mozilla.org/Services/Sync/Addon_Sync',
};
const GOVUK_EXIT: GuidanceSource = {
  name: 'GOV.UK Design System, "Exit this page"',
  url: 'https://design-system.service.gov.uk/components/exit-this-page/',
};
const BROWSING_DATA_BY_ORIGIN: GuidanceSource = {
  name: 'MDN, browsingData.RemovalOptions (by site: only cookies, storage and cache; cookies for the whole registrable domain)',
  url: 'https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/browsingData/RemovalOptions',
};
const DOWNLOADS_ERASE: GuidanceSource = {
  name: 'MDN, downloads.erase() (erases the entry without deleting the file)',
  url: 'https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/downloads/erase',
};
const PRIVATE_WINDOWS: GuidanceSource = {
  name: 'MDN, manifest.json "incognito" (by default, extensions do not run in private windows)',
  url: 'https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/incognito',
};
/**
 * Shift x3 is heard by Quick Exit's script, which runs only on the support sites it
 * knows; a chat box another site shows in a frame is that other site's page, where
 * the script does not run. The browser shortcut and the toolbar button are the
 * browser's own, and work on any page.
 */
const OWN_BEHAVIOUR: GuidanceSource = {
  name: 'Quick Exit’s own behaviour (its code and tests)',
};

export const guidance: readonly GuidanceSection[] = [
  {
    id: 'removes',
    heading: 'What Quick Exit removes',
    claims: [
      {
        id: 'removes-what',
        text: 'Support sites in this browser: their tabs, their pages in history, "Recently closed" and the back button, the searches that led to them, their cookies, and their entries in the downloads list.',
        sources: [BROWSING_DATA_BY_ORIGIN, DOWNLOADS_ERASE],
      },
      {
        id: 'files-stay',
        text: 'A file you downloaded stays on the computer: only its entry in the downloads list goes. Delete the file itself if it must go.',
        sources: [DOWNLOADS_ERASE],
      },
      {
        id: 'only-those',
        text: 'Only those. The rest of your history stays, because a browser with no history at all can raise suspicion.',
        sources: [NYSCADV, SEATTLE],
      },
      {
        id: 'signs-out',
        text: 'Clearing a site’s cookies also signs you out of it, which someone could notice. You can switch this off in the settings.',
        sources: [BROWSING_DATA_BY_ORIGIN],
      },
      {
        id: 'what-stays',
        text: 'Some traces stay, a click or two away in the browser’s settings: passwords you saved for a support site, words typed into its forms before Quick Exit was installed (offered again in other sites’ forms), permissions you gave it before then (notifications, say), and the browser’s list of extensions, which shows Quick Exit. Remove them in the browser’s settings: saved passwords in its password manager, permissions in its site settings, and old form entries with “clear browsing data” for form data (which clears all of them). Since Quick Exit was installed, support sites cannot ask to send notifications, and what you type there is not remembered.',
        sources: [BROWSING_DATA_BY_ORIGIN],
      },
    ],
  },
  {
    id: 'cannot',
    heading: 'What it cannot hide',
    claims: [
      {
        id: 'spyware',
        text: 'Spyware or stalkerware (an app or program on this computer or your phone) can record what you do as it happens, including looking for it or for help. No exit button can hide from it.',
        sources: [NNEDV_SPYWARE],
      },
      {
        id: 'site-buttons',
        text: 'An exit button on a website does not delete your browsing history. Quick Exit does, but only in this browser on this device.',
        sources: [GOVUK_EXIT, NNEDV_SPYWARE],
      },
      {
        id: 'sync-history',
        text: 'If this browser is signed in and syncs history (Chrome sync, Firefox Sync), your history is also on the account’s other devices, and deleting it here deletes it there too, which someone may notice.',
        sources: [GOOGLE_SYNC, MOZILLA_SYNC_TYPES],
      },
      {
        id: 'sync-installs',
        text: 'A browser that syncs extensions installs Quick Exit itself on every other device signed in to the same account, where someone else may see it.',
        sources: [GOOGLE_SYNC, GOOGLE_SIGN_IN, MOZILLA_ADDON_SYNC],
      },
      {
        id: 'search-accounts',
        text: 'Searches saved in a search engine’s own account (a signed-in Google account keeps them in My Activity) stay there: Quick Exit removes only what this browser keeps.',
        sources: [GOOGLE_ACTIVITY],
      },
      {
        id: 'contact-logs',
        text: 'Calling, texting or emailing a helpline from this device leaves a record in its call log, its messages or your sent email. Quick Exit cannot remove those.',
        sources: [NYSCADV, SEATTLE],
      },
      {
        id: 'shift-in-frames',
        text: 'Pressing Shift three times does not work while you type in a chat box that another site shows inside the page. The browser shortcut and the Quick Exit button in the toolbar work there too.',
        sources: [OWN_BEHAVIOUR],
      },
      {
        id: 'extensions-list',
        text: 'Quick Exit itself can be seen by anyone who opens the browser’s list of extensions, also in discreet mode, which changes only the toolbar button.',
        sources: [OWN_BEHAVIOUR],
      },
      {
        id: 'network',
        text: 'Your internet provider, an employer’s or school’s network, or a shared router can still record which sites were visited.',
        sources: [NYSCADV],
      },
      {
        id: 'private-windows',
        text: 'Quick Exit does not work in private (incognito) windows unless you allow it there.',
        sources: [PRIVATE_WINDOWS],
      },
    ],
  },
  {
    id: 'instead',
    heading: 'When in doubt',
    claims: [
      {
        id: 'other-device',
        text: 'Use a device the other person has never had access to: a trusted friend’s phone, a library or work computer.',
        sources: [NNEDV_SPYWARE, NYSCADV],
      },
      {
        id: 'helpline',
        text: 'Talk to a helpline. They can help you plan, including about your devices and accounts.',
        sources: [NNEDV_SPYWARE, NYSCADV],
      },
      {
        id: 'spyware-evidence',
        text: 'If you find spyware, do not delete it straight away: removing it can alert the other person, and it can be evidence. Talk to a helpline or the police first.',
        sources: [NNEDV_SPYWARE],
      },
    ],
  },
];

/** A claim by id; throws for an unknown id, so a page or doc quoting a claim that was removed fails its test. */
export function claim(id: string): GuidanceClaim {
  for (const section of guidance) {
    const found = section.claims.find((c) => c.id === id);
    if (found) return found;
  }
  throw new Error(`No guidance claim "${id}"`);
}
