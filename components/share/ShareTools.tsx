'use client';

import { useLocale, useTranslations } from 'next-intl';
import styles from './ShareTools.module.css';
import { useState } from 'react';
import { isLocale, LOCALES, locales } from '@/i18n/locales';
import { customerSummary } from '@/lib/customer-summary';
import { codesApiPath, smtpPath } from '@/lib/urls';

/**
 * Support handoff: the link to this page (optionally one section) in the customer's language, and a
 * plain-text summary in that language, fetched from the codes API (the request names only the code and
 * the language), with its codes and addresses isolated for right-to-left languages
 * (lib/customer-summary.ts). The per-language links work without JavaScript.
 */
export default function ShareTools({
  code,
  slug,
  sections,
}: {
  /** "550", "5.1.1" */
  code: string;
  /** The code page's segment after /smtp/ */
  slug: string;
  sections: readonly { id: string; label: string }[];
}) {
  const t = useTranslations('Share');
  const [locale, setLocale] = useState(useLocale());
  const [section, setSection] = useState('');
  const [status, setStatus] = useState('');
  const link = () => `${window.location.origin}${smtpPath(locale, slug)}${section ? `#${section}` : ''}`;
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setStatus(t('copied'));
  };
  const summary = async () => {
    const { texts } = await (await fetch(codesApiPath(code, locale))).json();
    return customerSummary(code, texts, link(), LOCALES[locale].dir);
  };
  return (
    <details className={`${styles.tools} share-tools`}>
      <summary>{t('title')}</summary>
      <div className={styles.row}>
        <label>
          {t('language')}
          <select value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALES[l].name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('section')}
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{t('wholePage')}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void copy(link())}>
          {t('copyLink')}
        </button>
        <button type="button" onClick={() => void summary().then(copy)}>
          {t('copySummary')}
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
      <p className={styles.links}>
        {locales.map((l) => (
          <a key={l} href={smtpPath(l, slug)} hrefLang={l} lang={l}>
            {LOCALES[l].name}
          </a>
        ))}
      </p>
    </details>
  );
}
