import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import CodeList from '@/components/code/CodeList';
import ComparePicker from '@/components/compare/ComparePicker';
import DigitGuide from '@/components/code/DigitGuide';
import ListFilter from '@/components/site/ListFilter';
import { localeOf } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-metadata';
import { decoderPath, enhancedIndexPath, guidePath, PAGE_SUFFIXES } from '@/lib/urls';
import { allReplyCodes, isStandard } from '@/lib/reply-codes';
import { richTags } from '@/lib/rich';
import styles from './page.module.css';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return pageMetadata({ locale, title: t('metaTitle'), description: t('metaDescription'), path: PAGE_SUFFIXES.home });
}

export default function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = localeOf(use(params));
  setRequestLocale(locale);
  const t = useTranslations('Home');
  const codes = allReplyCodes();
  const standard = codes.filter(isStandard);
  const extras = codes.filter((c) => !isStandard(c));
  return (
    <article className="home">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className={styles.ctaRow}>
        <a className={styles.cta} href={decoderPath(locale)}>
          {t('decoderLink')}
        </a>
        <a className={styles.cta} href={guidePath(locale)}>
          {t('guideLink')}
        </a>
      </p>
      <section aria-labelledby="compare">
        <h2 id="compare">{t('compareTitle')}</h2>
        <ComparePicker />
      </section>
      <section aria-labelledby="what">
        <h2 id="what">{t('whatTitle')}</h2>
        <p>{t.rich('what', richTags)}</p>
      </section>
      <DigitGuide />
      <p>
        <a href={enhancedIndexPath(locale)}>{t('enhancedLink')}</a>
      </p>
      <div id="all-codes">
        <section aria-labelledby="codes">
          <h2 id="codes">{t('allCodesTitle')}</h2>
          <p>{t('standardCount', { count: standard.length })}</p>
          <ListFilter target="all-codes" />
          <CodeList codes={standard} />
        </section>
        <section aria-labelledby="extras">
          <h2 id="extras">{t('extrasTitle')}</h2>
          <p>{t('extrasLead')}</p>
          <CodeList codes={extras} />
        </section>
      </div>
    </article>
  );
}
