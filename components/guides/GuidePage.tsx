import { useLocale, useTranslations } from 'next-intl';
import SourceList from '@/components/glossary/SourceList';
import Breadcrumbs from '@/components/site/Breadcrumbs';
import JsonLd from '@/components/site/JsonLd';
import ReportProblem from '@/components/site/ReportProblem';
import StaleNotice from '@/components/site/StaleNotice';
import type { StepGuide } from '@/lib/guides';
import { guideTextKey, guideTexts } from '@/lib/glossary-texts';
import { guideArticle } from '@/lib/structured-data';
import { guidesPath, homePath } from '@/lib/urls';
import GuideStepItem from './GuideStepItem';
import GuideUpdated from './GuideUpdated';
import styles from './Guides.module.css';

/** A guide of steps: its title and lead, the numbered steps, the sources its facts were checked against. */
export default function GuidePage({ guide }: { guide: StepGuide }) {
  const t = useTranslations();
  const locale = useLocale();
  const texts = guideTexts(t, guide.slug);
  const index = { name: t('Guides.title'), path: guidesPath(locale) };
  const path = guidesPath(locale, guide.slug);
  const title = texts.plain('title');
  return (
    <>
      <article className="guide-article">
        <JsonLd
          data={guideArticle({
            locale,
            path,
            headline: title,
            description: texts.plain('metaDescription'),
            dateModified: guide.updated,
            crumbs: [{ name: t('Breadcrumbs.home'), path: homePath(locale) }, index, { name: title, path }],
          })}
        />
        <Breadcrumbs current={title} section={{ href: index.path, name: index.name }} />
        <p className="kicker">{t('Guides.kicker')}</p>
        <h1>{texts.rich('title')}</h1>
        <p className="lead">{texts.rich('lead')}</p>
        {/* The title and lead open the page: their English is the top of the English page. */}
        <StaleNotice messageKeys={[guideTextKey(guide.slug, 'title'), guideTextKey(guide.slug, 'lead')]} english={guidesPath('en', guide.slug)} />
        <GuideUpdated date={guide.updated} />
        <h2>{t('Guides.stepsTitle')}</h2>
        <ol className={styles.steps}>
          {guide.steps.map((step) => (
            <GuideStepItem key={step.id} slug={guide.slug} step={step} />
          ))}
        </ol>
        <section aria-labelledby="guide-sources">
          <h2 id="guide-sources">{t('Guides.sources')}</h2>
          <SourceList sources={guide.sources} />
        </section>
        <p>
          <a href={index.path}>{t('Guides.allGuides')}</a>
        </p>
      </article>
      <ReportProblem path={path} />
    </>
  );
}
