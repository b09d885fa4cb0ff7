import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import styles from './Compare.module.css';

export type DifferenceRow<T> = readonly [label: string, value: (code: T) => ReactNode];

/** The key-differences table of a comparison: one row per aspect, one column per code. */
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
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value(a)}</td>
            <td>{value(b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
