import { i18n } from '#i18n';
import { useAndroid } from './use-android';

/**
 * On Firefox for Android only: what Quick Exit can still do there, and what the
 * person must clear by hand, because that browser gives extensions no history,
 * sessions or downloads.
 */
export function AndroidLimits() {
  if (!useAndroid()) return null;
  return (
    <section class="android-limits" aria-labelledby="android-limits-heading">
      <h2 id="android-limits-heading">{i18n.t('android.heading')}</h2>
      <p>{i18n.t('android.can')}</p>
      <p>{i18n.t('android.cannot')}</p>
      <ol>
        <li>{i18n.t('android.step1')}</li>
        <li>{i18n.t('android.step2')}</li>
        <li>{i18n.t('android.step3')}</li>
      </ol>
    </section>
  );
}
