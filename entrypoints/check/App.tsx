import { useState } from 'preact/hooks';
import { HelpLinks } from '@/components/HelpLinks';
import type { CheckResult } from '@/utils/safety-check/read';
import { checkThisBrowser } from '@/utils/safety-check/run';

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused' }
  | { kind: 'failed' }
  | { kind: 'done'; result: CheckResult };

/** Services that help with technology and stalking, from the directory. */
const TECH_HELP = ['cyber-helpline', 'national-stalking-helpline', 'national-domestic-abuse-helpline'];

function Results({ result }: { result: CheckResult }) {
  return (
    <>
      <h2>What we found</h2>
      {result.extensions.length === 0 ? (
        <p>No other extension in this browser has permissions that would let it watch your browsing.</p>
      ) : (
        <>
          <p>
            {result.extensions.length === 1 ? 'One extension' : `${result.extensions.length} extensions`} in this
            browser could watch what you do. This does not mean it does: many useful extensions need these permissions.
            Ask yourself whether you, or someone you trust, installed it.
          </p>
          {result.extensions.map((extension) => (
            <section class="extension" aria-label={extension.name}>
              <h3>{extension.name}</h3>
              <p>
                {extension.enabled ? 'Switched on.' : 'Switched off.'} {extension.installedBy} The browser does not say
                when it was installed.
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
      <h2>Private windows</h2>
      {result.allowedInPrivate ? (
        <p>Quick Exit is allowed in private (incognito) windows.</p>
      ) : (
        <p>
          Quick Exit is <strong>not</strong> allowed in private (incognito) windows, so it cannot help there. To allow
          it: open the browser menu, then Extensions, then Manage extensions; choose Details under Quick Exit and switch
          on “Allow in Incognito”.
        </p>
      )}
    </>
  );
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function check() {
    setState({ kind: 'checking' });
    try {
      const result = await checkThisBrowser();
      setState(result === 'refused' ? { kind: 'refused' } : { kind: 'done', result });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  return (
    <main>
      <h1>Check this browser</h1>
      <p>
        Stalkerware is often a browser extension that can see every page, or settings that copy everything elsewhere.
        This check lists the other extensions in this browser that could watch your browsing, read pages or change what
        you see. To do that, Quick Exit asks for permission to see your extensions. It gives the permission back as soon
        as it has looked, and it keeps nothing of what it found.
      </p>
      <button type="button" class="secondary" onClick={() => void check()} disabled={state.kind === 'checking'}>
        Check this browser
      </button>
      <div aria-live="polite">
        {state.kind === 'checking' && <p>Asking for permission, then looking…</p>}
        {state.kind === 'refused' && <p>Nothing was checked: the permission was not given.</p>}
        {state.kind === 'failed' && <p>The check could not be completed. Nothing was stored.</p>}
        {state.kind === 'done' && <Results result={state.result} />}
      </div>

      <h2>What this check cannot see</h2>
      <ul>
        <li>Spyware installed on the computer or phone itself, outside the browser.</li>
        <li>A monitored network: a shared router, an employer's or school's network, or an internet provider.</li>
        <li>
          A shared account, or history synced to other devices. If this browser is signed in and syncing, history you
          delete here is also deleted on those devices, which someone may notice there.
        </li>
        <li>Someone who knows your passwords and signs in to your accounts elsewhere.</li>
      </ul>

      <h2>Before you remove anything</h2>
      <ul>
        <li>
          Removing spyware or an extension can alert the person who installed it, and can make things more dangerous.
          Make a safety plan first.
        </li>
        <li>What you found can be evidence: do not delete it without advice. A photo of this page can help.</li>
        <li>If you can, use a device the other person has never had access to.</li>
        <li>Talk to a helpline first. They help with technology too:</li>
      </ul>
      <HelpLinks ids={TECH_HELP} />
      <p class="sources">
        This advice follows the technology-safety guidance of NNEDV's Safety Net project (techsafety.org) and UK victim
        support services.
      </p>
    </main>
  );
}
