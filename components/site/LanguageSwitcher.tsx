'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import styles from './LanguageSwitcher.module.css';
import type { MouseEvent } from 'react';
import { LOCALES, locales } from '@/i18n/locales';
import { homePath, languageChoicePath } from '@/lib/urls';

/**
 * Plain links to the same page in every locale, by each locale's own name, so it works without
 * JavaScript; each goes through app/api/locale, which remembers the choice. With JavaScript the current
 * #section is carried over (a fragment survives the redirect). Client-side only because the
 * not-found page has no params to build its links from, and usePathname gives every page the same way in.
 */
export default function LanguageSwitcher() {
  const t = useTranslations('LanguageSwitcher');
  const current = useLocale();
  const pathname = usePathname() ?? homePath(current);
  const keepHash = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.hash = window.location.hash;
  };
  return (
    <nav aria-label={t('label')} className={styles.switcher}>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={languageChoicePath(locale, pathname)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              onClick={keepHash}
            >
              {LOCALES[locale].name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
