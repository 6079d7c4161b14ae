import { i18n } from '#i18n';
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
        <h1>{i18n.t('guide.title')}</h1>
        <p>{i18n.t('guide.howToLeave')}</p>
        <p>{i18n.t('guide.autoClean')}</p>
        {guidance.map((section) => (
          <section aria-labelledby={`guide-${section.id}`}>
            <h2 id={`guide-${section.id}`}>{section.heading}</h2>
            <ul>
              {section.claims.map((claim) => (
                <li>
                  {claim.text}{' '}
                  <span class="source">
                    {i18n.t('guide.source', [claim.sources.join(i18n.t('guide.sourceSeparator'))])}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <h2>{i18n.t('guide.helplines')}</h2>
        <HelpLinks ids={HELPLINES} />
      </main>
    </>
  );
}
