import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ExitNowButton } from '@/components/ExitNowButton';
import { GuidanceList } from '@/components/GuidanceList';
import { ELEMENT_SLOT, MessageWithElement } from '@/components/MessageWithElement';
import { HelpLinks } from '@/components/HelpLinks';
import { isFirefox } from '@/utils/shared/browser-kind';
import type { CheckResult } from '@/utils/pages/safety-check/read';
import { checkThisBrowser } from '@/utils/pages/safety-check/run';

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused' }
  | { kind: 'failed' }
  | { kind: 'done'; result: CheckResult };

/** Services that help with technology and stalking, from the directory. */
const TECH_HELP = ['cyber-helpline', 'national-stalking-helpline', 'national-domestic-abuse-helpline'];

const CANNOT_SEE = ['spyware', 'network', 'sharedAccount', 'passwords'] as const;
/** What a browser that syncs does, from the guide (data/guidance.ts). */
const SYNC_CLAIMS = ['sync-history', 'sync-installs'];
const BEFORE_REMOVING = ['alert', 'evidence', 'device', 'helpline'] as const;

function Results({ result }: { result: CheckResult }) {
  return (
    <>
      <h2>{i18n.t('check.foundHeading')}</h2>
      {result.extensions.length === 0 ? (
        <p>{i18n.t('check.noneFound')}</p>
      ) : (
        <>
          <p>{i18n.t('check.found', result.extensions.length)}</p>
          {result.extensions.map((extension) => (
            <section class="extension" aria-label={extension.name}>
              <h3>{extension.name}</h3>
              <p>
                {i18n.t(extension.enabled ? 'check.switchedOn' : 'check.switchedOff')} {extension.installedBy}{' '}
                {i18n.t('check.noInstallDate')}
              </p>
              <ul>
                {extension.capabilities.map((capability) => (
                  <li>
                    {capability.explanation} <span class="permission">({capability.permission})</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <h2>{i18n.t('check.privateHeading')}</h2>
      {result.allowedInPrivate ? (
        <p>{i18n.t('check.privateAllowed')}</p>
      ) : (
        <p>
          <MessageWithElement
            message={i18n.t(isFirefox() ? 'check.privateNotAllowedFirefox' : 'check.privateNotAllowed', [ELEMENT_SLOT])}
            element={<strong>{i18n.t('check.not')}</strong>}
          />
        </p>
      )}
    </>
  );
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function check() {
    // aria-disabled, not disabled, while checking: a disabled button drops keyboard focus to the page body.
    if (state.kind === 'checking') return;
    setState({ kind: 'checking' });
    try {
      const result = await checkThisBrowser();
      setState(result === 'refused' ? { kind: 'refused' } : { kind: 'done', result });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  return (
    <>
      <ExitNowButton />
      <main>
        <h1>{i18n.t('check.title')}</h1>
        <p>{i18n.t('check.intro')}</p>
        <p class="warning">
          {i18n.t('check.lookingAlerts')} <span class="source">{i18n.t('check.lookingAlertsSource')}</span>
        </p>
        <button type="button" class="secondary" onClick={() => void check()} aria-disabled={state.kind === 'checking'}>
          {i18n.t('check.button')}
        </button>
        <div aria-live="polite">
          {state.kind === 'checking' && <p>{i18n.t('check.checking')}</p>}
          {state.kind === 'refused' && <p>{i18n.t('check.refused')}</p>}
          {state.kind === 'failed' && <p>{i18n.t('check.failed')}</p>}
          {state.kind === 'done' && <Results result={state.result} />}
        </div>

        <h2>{i18n.t('check.cannotSeeHeading')}</h2>
        <ul>
          {CANNOT_SEE.map((key) => (
            <li>{i18n.t(`check.cannotSee.${key}`)}</li>
          ))}
        </ul>
        <GuidanceList ids={SYNC_CLAIMS} />

        <h2>{i18n.t('check.beforeHeading')}</h2>
        <ul>
          {BEFORE_REMOVING.map((key) => (
            <li>{i18n.t(`check.before.${key}`)}</li>
          ))}
        </ul>
        <HelpLinks ids={TECH_HELP} />
        <p class="sources">{i18n.t('check.adviceSource')}</p>
      </main>
    </>
  );
}
