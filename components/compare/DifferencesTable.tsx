import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { NODE_MARK, placeNode } from '@/lib/rich';
import styles from './Compare.module.css';

/** An aspect: its label, its value as text (what is compared), and how to show it when that needs markup (e.g. an English title marked lang="en"). */
export type DifferenceRow<T> = readonly [label: string, value: (code: T) => string, show?: (code: T) => ReactNode];

/**
 * The key-differences table of a comparison: one row per aspect, one column per code. An aspect both codes
 * share is said once across both columns ("Both: …"), so the table reads as differences, not repeats.
 */
export default function DifferencesTable<T>({
  a,
  b,
  labelA,
  labelB,
  rows,
}: {
  a: T;
  b: T;
  labelA: string;
  labelB: string;
  rows: ReadonlyArray<DifferenceRow<T>>;
}) {
  const t = useTranslations('Comparison');
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{t('differencesTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('aspect')}</th>
          <th scope="col">{labelA}</th>
          <th scope="col">{labelB}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value, show = value]) => {
          return (
            <tr key={label}>
              <th scope="row">{label}</th>
              {value(a) === value(b) ? (
                <td colSpan={2}>{placeNode(t('both', { value: NODE_MARK }), show(a))}</td>
              ) : (
                <>
                  <td>{show(a)}</td>
                  <td>{show(b)}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
