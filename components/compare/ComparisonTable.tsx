import { useFormatter, useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import type { Pair } from '@/lib/comparison';
import type { ReplyCode } from '@/lib/reply-codes';
import { stageList } from '@/components/code/CodeFacts';
import DifferencesTable, { type DifferenceRow } from './DifferencesTable';

/** Side-by-side facts of two codes: class, meaning, retry, stage, who acts, enhanced codes. */
export default function ComparisonTable({ pair }: { pair: Pair }) {
  const t = useTranslations('Comparison');
  const tFacts = useTranslations('Facts');
  const tRoot = useTranslations();
  const format = useFormatter();
  const rows: ReadonlyArray<DifferenceRow<ReplyCode>> = [
    [tFacts('class'), (c) => tFacts(`classes.${c.replyClass}`)],
    [t('meaning'), (c) => codeTexts(tRoot, c).text('name')],
    [tFacts('retry'), (c) => tFacts(`retries.${c.retry}`)],
    [tFacts('willRetry'), (c) => tFacts(`willRetries.${c.retry}`)],
    [tFacts('stages'), (c) => stageList(c, tFacts, format)],
    [tFacts('actor'), (c) => tFacts(`actors.${c.actor}`)],
    [tFacts('enhanced'), (c) => (c.enhanced.length > 0 ? format.list(c.enhanced) : tFacts('none'))],
  ];
  return <DifferencesTable a={pair.a} b={pair.b} labelA={String(pair.a.code)} labelB={String(pair.b.code)} rows={rows} />;
}
