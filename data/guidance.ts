/**
 * The safety guidance shown on the guide page. Every claim names the public
 * guidance it comes from (NNEDV's Safety Net project, GOV.UK's "Exit this page"
 * guidance, UK victim services, the browsers' extension documentation: the
 * constants below), so it can be checked and kept up to date like the helpline data.
 */
export interface GuidanceClaim {
  text: string;
  sources: readonly string[];
}

export interface GuidanceSection {
  id: string;
  heading: string;
  claims: readonly GuidanceClaim[];
}

const SAFETY_NET = 'NNEDV Safety Net project, techsafety.org';
const GOVUK = 'GOV.UK Design System, "Exit this page" component guidance';
const UK_VICTIMS = 'UK Victim and Witness Information';
const SOMERSET = 'Somerset Survivors';
const DRUPAL = 'Drupal quick_exit module documentation';
const BROWSERS = 'Chrome and Firefox extension documentation (history, sessions, browsingData)';

export const guidance: readonly GuidanceSection[] = [
  {
    id: 'removes',
    heading: 'What Quick Exit removes',
    claims: [
      {
        text: 'Support sites in this browser: their tabs, their pages in history, "Recently closed" and the back button, the searches that led to them, their cookies, and their entries in the downloads list.',
        sources: [BROWSERS],
      },
      {
        text: 'Only those. The rest of your history stays, because a browser with no history at all can raise suspicion.',
        sources: [UK_VICTIMS, DRUPAL, SOMERSET],
      },
      {
        text: 'Clearing a site’s cookies also signs you out of it, which someone could notice. You can switch this off in the settings.',
        sources: [UK_VICTIMS],
      },
    ],
  },
  {
    id: 'cannot',
    heading: 'What it cannot hide',
    claims: [
      {
        text: 'Spyware or stalkerware on this computer or your phone sees everything as it happens. No exit button can hide from it.',
        sources: [SAFETY_NET],
      },
      {
        text: 'An exit button on a website does not delete your browsing history. Quick Exit does, but only in this browser on this device.',
        sources: [SAFETY_NET, GOVUK],
      },
      {
        text: 'If this browser is signed in and syncing, history may already be on your other devices; deleting it here deletes it there too, which someone may notice.',
        sources: [BROWSERS],
      },
      {
        text: 'Quick Exit itself can be seen by anyone who opens the browser’s list of extensions, also in discreet mode, which changes only the toolbar button.',
        sources: [BROWSERS],
      },
      {
        text: 'Your internet provider, an employer’s or school’s network, or a shared router can still record which sites were visited.',
        sources: [SAFETY_NET],
      },
      {
        text: 'Quick Exit does not work in private (incognito) windows unless you allow it there.',
        sources: [BROWSERS],
      },
    ],
  },
  {
    id: 'instead',
    heading: 'When in doubt',
    claims: [
      {
        text: 'Use a device the other person has never had access to: a trusted friend’s phone, a library or work computer.',
        sources: [SAFETY_NET],
      },
      {
        text: 'Talk to a helpline. They can help you plan, including about your devices and accounts.',
        sources: [SAFETY_NET, UK_VICTIMS],
      },
      {
        text: 'If you find spyware, do not delete it straight away: removing it can alert the other person, and it can be evidence. Talk to a helpline or the police first.',
        sources: [SAFETY_NET],
      },
    ],
  },
];
