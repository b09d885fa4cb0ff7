'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { fold } from '@/lib/search/normalize';
import styles from './ListFilter.module.css';
import { useHydrated } from './useHydrated';

/**
 * A filter box for a long list of codes: hides the list items (and emptied groups) that do not contain
 * what is typed, ignoring case and diacritics. Rendered only once JavaScript runs; without it the
 * whole list stays visible.
 */
export default function ListFilterInput({ target }: { target: string }) {
  const t = useTranslations('ListFilter');
  const ready = useHydrated();
  const input = useRef<HTMLInputElement>(null);
  const apply = (value: string) => {
    const root = document.getElementById(target);
    if (!root) return;
    const query = fold(value.trim());
    for (const item of root.querySelectorAll<HTMLLIElement>('li')) item.hidden = query !== '' && !fold(item.textContent ?? '').includes(query);
    for (const group of root.querySelectorAll<HTMLElement>('section')) {
      group.hidden = query !== '' && group.querySelectorAll('li:not([hidden])').length === 0;
    }
  };
  if (!ready) return null;
  return (
    <p className={styles.filter}>
      <label htmlFor={`${target}-filter`}>{t('label')}</label>{' '}
      <input ref={input} id={`${target}-filter`} type="search" placeholder={t('placeholder')} onChange={(e) => apply(e.target.value)} />
    </p>
  );
}
