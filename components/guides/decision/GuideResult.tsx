import { useLocale, useTranslations } from 'next-intl';
import type { GuideStepFacts } from '@/lib/guide';
import { decoderPath } from '@/lib/urls';
import styles from './Guide.module.css';
import GuideCodeLink from './GuideCodeLink';
import links from '@/components/code/CodeLinks.module.css';

/** Where the guide ends: the code pages that explain the finding, and the decoder where only the bounce can tell. */
export default function GuideResult({ step }: { step: Extract<GuideStepFacts, { kind: 'result' }> }) {
  const t = useTranslations('Guide');
  const locale = useLocale();
  return (
    <>
      {step.decoder ? (
        <p>
          <a className={styles.decoder} href={decoderPath(locale)}>
            {t('decoderLink')}
          </a>
        </p>
      ) : null}
      {step.codes.length > 0 ? (
        <section aria-labelledby="guide-codes">
          <h2 id="guide-codes">{t('codesTitle')}</h2>
          <ul className={links.related}>
            {step.codes.map((code) => (
              <li key={code}>
                <GuideCodeLink code={code} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
