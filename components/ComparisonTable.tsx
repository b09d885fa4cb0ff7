import { useFormatter, useTranslations } from 'next-intl';
import type { Pair } from '@/lib/comparison';
import type { ReplyCode } from '@/lib/reply-codes';
import { stageList } from './CodeFacts';

/** Side-by-side facts of two codes: class, meaning, retry, stage, who acts, enhanced codes. */
export default function ComparisonTable({ pair }: { pair: Pair }) {
  const t = useTranslations('Comparison');
  const tFacts = useTranslations('Facts');
  const tCodes = useTranslations('codes');
  const format = useFormatter();
  const rows: ReadonlyArray<readonly [string, (code: ReplyCode) => string]> = [
    [tFacts('class'), (c) => tFacts(`classes.${c.replyClass}`)],
    [t('meaning'), (c) => tCodes(`${c.code}.name`)],
    [tFacts('retry'), (c) => tFacts(`retries.${c.retry}`)],
    [tFacts('willRetry'), (c) => tFacts(`willRetries.${c.retry}`)],
    [tFacts('stages'), (c) => stageList(c, tFacts, format)],
    [tFacts('actor'), (c) => tFacts(`actors.${c.actor}`)],
    [tFacts('enhanced'), (c) => (c.enhanced.length > 0 ? format.list(c.enhanced) : tFacts('none'))],
  ];
  return (
    <table className="comparison-table">
      <caption className="visually-hidden">{t('differencesTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('aspect')}</th>
          <th scope="col">{pair.a.code}</th>
          <th scope="col">{pair.b.code}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value(pair.a)}</td>
            <td>{value(pair.b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
