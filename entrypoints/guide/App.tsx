import { i18n } from '#i18n';
import { guidance } from '@/data/guidance';
import { AndroidLimits } from '@/components/AndroidLimits';
import { ExitNowButton } from '@/components/ExitNowButton';
import { HelpLinks } from '@/components/HelpLinks';
import { ShortcutSentence } from '@/components/ShortcutSentence';

const HELPLINES = ['national-stalking-helpline', 'national-domestic-abuse-helpline', 'cyber-helpline'];

/** Written for someone under stress: short sentences, what helps first. */
export function App() {
  return (
    <>
      <ExitNowButton />
      <main>
        <h1>{i18n.t('guide.title')}</h1>
        <AndroidLimits />
        <p>
          {i18n.t('guide.howToLeave')} <ShortcutSentence /> {i18n.t('shortcut.toolbar')}
        </p>
        <p>{i18n.t('guide.autoClean')}</p>
        {guidance.map((section) => (
          <section aria-labelledby={`guide-${section.id}`}>
            <h2 id={`guide-${section.id}`}>{section.heading}</h2>
            <ul>
              {section.claims.map((claim) => (
                <li id={`claim-${claim.id}`}>
                  {claim.text}{' '}
                  <span class="source">
                    {i18n.t('guide.source', [
                      claim.sources.map((source) => source.name).join(i18n.t('guide.sourceSeparator')),
                    ])}
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
