'use client';

import { useState } from 'react';
import styles from './ShareTools.module.css';

type Labels = {
  title: string;
  language: string;
  section: string;
  wholePage: string;
  copyLink: string;
  copySummary: string;
  copied: string;
};

/**
 * Support handoff: the link to this page (optionally one section) in the customer's language, and a
 * plain-text summary in that language, fetched from the codes API (the request names only the code and
 * the language). The per-language links work without JavaScript.
 */
export default function ShareTools({
  code,
  path,
  sections,
  languages,
  current,
  labels,
}: {
  code: string;
  /** The path after the locale: "/smtp/550" */
  path: string;
  sections: readonly { id: string; label: string }[];
  languages: readonly { locale: string; name: string }[];
  current: string;
  labels: Labels;
}) {
  const [locale, setLocale] = useState(current);
  const [section, setSection] = useState('');
  const [status, setStatus] = useState('');
  const link = () => `${window.location.origin}/${locale}${path}${section ? `#${section}` : ''}`;
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setStatus(labels.copied);
  };
  const summary = async () => {
    const { texts } = await (await fetch(`/api/v1/codes/${encodeURIComponent(code)}?locale=${locale}`)).json();
    return [`SMTP ${code} — ${texts.name}`, texts.summary, texts.customer, link()].join('\n\n');
  };
  return (
    <details className={`${styles.tools} share-tools`}>
      <summary>{labels.title}</summary>
      <div className={styles.row}>
        <label>
          {labels.language}
          <select value={locale} onChange={(e) => setLocale(e.target.value)}>
            {languages.map((l) => (
              <option key={l.locale} value={l.locale} lang={l.locale}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.section}
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{labels.wholePage}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void copy(link())}>
          {labels.copyLink}
        </button>
        <button type="button" onClick={() => void summary().then(copy)}>
          {labels.copySummary}
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
      <p className={styles.links}>
        {languages.map((l) => (
          <a key={l.locale} href={`/${l.locale}${path}`} hrefLang={l.locale} lang={l.locale}>
            {l.name}
          </a>
        ))}
      </p>
    </details>
  );
}
