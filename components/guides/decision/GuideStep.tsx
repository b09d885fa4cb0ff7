import { useLocale, useTranslations } from 'next-intl';
import ReportProblem from '@/components/site/ReportProblem';
import StaleNotice from '@/components/site/StaleNotice';
import { GUIDE, type GuidePageId } from '@/lib/guide';
import { richTags } from '@/lib/rich';
import { guidePath } from '@/lib/urls';
import styles from './Guide.module.css';
import GuideAnswers from './GuideAnswers';
import GuideResult from './GuideResult';

/** The flat message keys of a step's words. */
function stepKeys(id: GuidePageId): string[] {
  const step = GUIDE[id];
  const answers = step.kind === 'question' ? Object.keys(step.answers).map((answer) => `answers.${answer}`) : [];
  return ['title', 'text', ...answers].map((field) => `Guide.steps.${id}.${field}`);
}

/** One page of the guide: the question (or the finding), why it is asked, and where to go next. */
export default function GuideStep({ id }: { id: GuidePageId }) {
  const t = useTranslations('Guide');
  const locale = useLocale();
  const step = GUIDE[id];
  return (
    <>
      <article className="guide">
        <p className="kicker">{t('kicker')}</p>
        <h1>{t(`steps.${id}.title`)}</h1>
        <p className="lead">{t.rich(`steps.${id}.text`, richTags)}</p>
        {/* One notice for the page's own words (question, text, answers): the English is the same step's page. */}
        <StaleNotice messageKeys={stepKeys(id)} english={guidePath('en', id)} />
        {step.kind === 'question' ? <GuideAnswers id={id} answers={step.answers} /> : <GuideResult step={step} />}
        {id === 'start' ? null : (
          <p className={styles.restart}>
            <a href={guidePath(locale)}>{t('startAgain')}</a>
          </p>
        )}
      </article>
      <ReportProblem path={guidePath(locale, id)} />
    </>
  );
}
