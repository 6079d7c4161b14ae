import { guidance } from '@/data/guidance';
import { ExitNowButton } from '@/components/ExitNowButton';
import { HelpLinks } from '@/components/HelpLinks';

const HELPLINES = ['national-stalking-helpline', 'national-domestic-abuse-helpline', 'cyber-helpline'];

/** Written for someone under stress: short sentences, what helps first. */
export function App() {
  return (
    <>
      <ExitNowButton />
      <main>
        <h1>What Quick Exit can and cannot hide</h1>
        <p>
          To leave a support site at once: press the red button at the top, press Shift three times, or press
          Alt+Shift+Q.
        </p>
        {guidance.map((section) => (
          <section aria-labelledby={`guide-${section.id}`}>
            <h2 id={`guide-${section.id}`}>{section.heading}</h2>
            <ul>
              {section.claims.map((claim) => (
                <li>
                  {claim.text} <span class="source">(Source: {claim.sources.join('; ')}.)</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <h2>Helplines</h2>
        <HelpLinks ids={HELPLINES} />
      </main>
    </>
  );
}
