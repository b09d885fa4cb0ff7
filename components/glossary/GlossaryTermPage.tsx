import { useLocale, useTranslations } from 'next-intl';
import JsonLd from '@/components/site/JsonLd';
import Breadcrumbs from '@/components/site/Breadcrumbs';
import ReportProblem from '@/components/site/ReportProblem';
import type { GlossaryTerm } from '@/lib/glossary';
import { termTexts } from '@/lib/glossary-texts';
import { glossaryTerm } from '@/lib/structured-data';
import { glossaryPath, homePath } from '@/lib/urls';
import CodeRefList from './CodeRefList';
import SourceList from './SourceList';
import TermCheck from './TermCheck';
import TermLinks from './TermLinks';
import TermRfcs from './TermRfcs';
import TermStaleNotice from './TermStaleNotice';

/** One glossary entry: what the term is, why it matters, how to check it, and where it leads. */
export default function GlossaryTermPage({ term }: { term: GlossaryTerm }) {
  const t = useTranslations();
  const locale = useLocale();
  const texts = termTexts(t, term.id);
  const index = { name: t('Glossary.title'), path: glossaryPath(locale) };
  const path = glossaryPath(locale, term.id);
  const name = texts.plain('name');
  return (
    <>
      <article className="glossary-term">
        <JsonLd
          data={glossaryTerm({
            locale,
            path,
            name,
            description: texts.plain('short'),
            set: index,
            crumbs: [{ name: t('Breadcrumbs.home'), path: homePath(locale) }, index, { name, path }],
          })}
        />
        <Breadcrumbs current={name} section={{ href: index.path, name: index.name }} />
        <p className="kicker">{t('Glossary.kicker')}</p>
        <h1>{texts.rich('name')}</h1>
        <section aria-labelledby="term-what">
          <h2 id="term-what">{t('Glossary.whatItIs')}</h2>
          <p className="lead">{texts.rich('short')}</p>
          <TermStaleNotice id={term.id} fields={['name', 'short']} section="term-what" />
        </section>
        <section aria-labelledby="term-why">
          <h2 id="term-why">{t('Glossary.whyItMatters')}</h2>
          <p>{texts.rich('why')}</p>
          <TermStaleNotice id={term.id} fields={['why']} section="term-why" />
        </section>
        <TermCheck term={term} />
        {term.codes.length > 0 ? (
          <section aria-labelledby="term-codes">
            <h2 id="term-codes">{t('Glossary.relatedCodes')}</h2>
            <CodeRefList codes={term.codes} />
          </section>
        ) : null}
        <section aria-labelledby="term-related">
          <h2 id="term-related">{t('Glossary.relatedTerms')}</h2>
          <TermLinks ids={term.related} />
        </section>
        <TermRfcs term={term} />
        <section aria-labelledby="term-sources">
          <h2 id="term-sources">{t('Glossary.sources')}</h2>
          <SourceList sources={term.sources} />
        </section>
        <p>
          <a href={index.path}>{t('Glossary.backToIndex')}</a>
        </p>
      </article>
      <ReportProblem path={path} />
    </>
  );
}
