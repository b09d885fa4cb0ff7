'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import styles from './LanguageSwitcher.module.css';
import { LOCALES, locales, type Locale } from '@/i18n/locales';
import { homePath, languageChoicePath } from '@/lib/urls';

/**
 * Plain links to the same page in every locale, by each locale's own name, in a <details> menu that
 * stays one line whatever the number of languages and opens without JavaScript; each link goes through
 * app/api/locale, which remembers the choice. /language.js (lib/language-script.ts) adds the current
 * #section to the link that is followed (data-keep-hash), without hydration. Client-side only because
 * the not-found page has no params to build its links from, and usePathname gives every page the same
 * way in.
 */
export default function LanguageSwitcher() {
  const t = useTranslations('LanguageSwitcher');
  const current = useLocale() as Locale;
  const pathname = usePathname() ?? homePath(current);
  return (
    <details className={styles.switcher}>
      <summary>
        <span className="visually-hidden">{t('label')}: </span>
        {LOCALES[current]?.name ?? current}
      </summary>
      <nav aria-label={t('label')}>
        <ul>
          {locales.map((locale) => (
            <li key={locale}>
              <a
                href={languageChoicePath(locale, pathname)}
                hrefLang={locale}
                lang={locale}
                aria-current={locale === current ? 'true' : undefined}
                data-keep-hash=""
              >
                {/* The name takes its own direction, the link the page's: every name lines up at the menu's start. */}
                <span dir={LOCALES[locale].dir}>{LOCALES[locale].name}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
