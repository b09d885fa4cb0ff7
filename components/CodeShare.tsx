import { useLocale, useTranslations } from 'next-intl';
import { LOCALES, locales } from '@/i18n/locales';
import ShareTools from './ShareTools';

const LANGUAGES = locales.map((locale) => ({ locale, name: LOCALES[locale].name }));

/** The handoff box of a code page, with its section headings as link targets. */
export default function CodeShare({ code, sections }: { code: string; sections: readonly { id: string; label: string }[] }) {
  const t = useTranslations('Share');
  const locale = useLocale();
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
