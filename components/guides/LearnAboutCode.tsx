import { useLocale, useTranslations } from 'next-intl';
import links from '@/components/code/CodeLinks.module.css';
import { termsForCode } from '@/lib/glossary';
import { guideTexts, termTexts } from '@/lib/glossary-texts';
import { guidesForCode } from '@/lib/guides';
import { glossaryPath, guidesPath } from '@/lib/urls';

/**
 * The guides that walk through this code and the glossary terms that explain it (the bulk-sender guide
 * from Gmail's and Yahoo's 5.7.x rejections, SPF from 5.7.23 …). Nothing when none does.
 */
export default function LearnAboutCode({ slug }: { slug: string }) {
  const t = useTranslations('LearnAboutCode');
  const tRoot = useTranslations();
  const locale = useLocale();
  const guides = guidesForCode(slug);
  const terms = termsForCode(slug);
  if (guides.length === 0 && terms.length === 0) return null;
  return (
    <section aria-labelledby="learn">
      <h2 id="learn">{t('title')}</h2>
      <ul className={links.related}>
        {guides.map((guide) => (
          <li key={guide.slug}>
            <span className="muted">{`${t('guide')}: `}</span>
            <a href={guidesPath(locale, guide.slug)}>{guideTexts(tRoot, guide.slug).plain('title')}</a>
          </li>
        ))}
        {terms.map((term) => (
          <li key={term.id}>
            <span className="muted">{`${t('term')}: `}</span>
            <a href={glossaryPath(locale, term.id)}>{termTexts(tRoot, term.id).plain('name')}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
