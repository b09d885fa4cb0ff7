import { useLocale, useTranslations } from 'next-intl';
import CodeRefList from '@/components/glossary/CodeRefList';
import TermLinks from '@/components/glossary/TermLinks';
import glossary from '@/components/glossary/Glossary.module.css';
import StaleNotice from '@/components/site/StaleNotice';
import type { GuideSlug, GuideStep } from '@/lib/guides';
import { guideStepTextKey, guideTexts } from '@/lib/glossary-texts';
import { decoderPath, guideStepPath } from '@/lib/urls';
import styles from './Guides.module.css';

/** One step: its title (an anchor readers can link to), its words, what to type, and where to read more. */
export default function GuideStepItem({ slug, step }: { slug: GuideSlug; step: GuideStep }) {
  const t = useTranslations();
  const locale = useLocale();
  const texts = guideTexts(t, slug);
  const heading = `${step.id}-title`;
  return (
    <li id={step.id} className={styles.step}>
      <h3 id={heading}>
        <a href={`#${step.id}`}>{texts.stepRich(step.id, 'title')}</a>
      </h3>
      <p>{texts.stepRich(step.id, 'text')}</p>
      <StaleNotice
        messageKeys={[guideStepTextKey(slug, step.id, 'title'), guideStepTextKey(slug, step.id, 'text')]}
        english={guideStepPath('en', slug, step.id)}
      />
      {step.literals.map((literal) => (
        <pre key={literal} className={glossary.command}>
          <code>{literal}</code>
        </pre>
      ))}
      {step.decoder ? (
        <p>
          <a href={decoderPath(locale)}>{t('Guides.decoderLink')}</a>
        </p>
      ) : null}
      {step.codes.length > 0 ? (
        <>
          <h4>{t('Guides.codesTitle')}</h4>
          <CodeRefList codes={step.codes} />
        </>
      ) : null}
      {step.terms.length > 0 ? (
        <>
          <h4>{t('Guides.termsTitle')}</h4>
          <TermLinks ids={step.terms} />
        </>
      ) : null}
    </li>
  );
}
