import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import styles from './Compare.module.css';

export type DifferenceRow<T> = readonly [label: string, value: (code: T) => ReactNode];

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
        {rows.map(([label, value]) => {
          const [valueA, valueB] = [value(a), value(b)];
          return (
            <tr key={label}>
              <th scope="row">{label}</th>
              {valueA === valueB ? (
                <td colSpan={2}>{t('both', { value: valueA })}</td>
              ) : (
                <>
                  <td>{valueA}</td>
                  <td>{valueB}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
