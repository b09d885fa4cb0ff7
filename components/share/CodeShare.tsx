import { useLocale, useTranslations } from 'next-intl';
import { LOCALES, locales } from '@/i18n/locales';
import ShareTools from './ShareTools';

const LANGUAGES = locales.map((locale) => ({ locale, name: LOCALES[locale].name }));

/** The handoff box of a code page; every code page has these sections (see CodeSections, CustomerText). */
export default function CodeShare({ code }: { code: string }) {
  const t = useTranslations('Share');
  const tPage = useTranslations('CodePage');
  const locale = useLocale();
  const sections = [
    { id: 'description', label: tPage('descriptionTitle') },
    { id: 'when', label: tPage('whenTitle') },
    { id: 'fix', label: tPage('fixTitle') },
    { id: 'customer', label: tPage('customerTitle') },
  ];
  return (
    <ShareTools
      code={code}
      path={`/smtp/${code}`}
      sections={sections}
      languages={LANGUAGES}
      current={locale}
      labels={{
        title: t('title'),
        language: t('language'),
        section: t('section'),
        wholePage: t('wholePage'),
        copyLink: t('copyLink'),
        copySummary: t('copySummary'),
        copied: t('copied'),
      }}
    />
  );
}
