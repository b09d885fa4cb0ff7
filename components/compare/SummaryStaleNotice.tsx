import StaleNotice from '@/components/site/StaleNotice';
import { classOf, textsKey } from '@/lib/codes';
import { coreKey } from '@/lib/comparison';
import { comparisonSectionPath, type ComparedPair } from '@/lib/urls';

/** Under a comparison's summary, when any text it is made of was translated from an older English. */
export default function SummaryStaleNotice({ pair }: { pair: ComparedPair }) {
  const { a, b } = pair;
  const keys = [
    `Comparison.core.${coreKey(classOf(a), classOf(b))}`,
    'Comparison.oneLine',
    ...[a, b].flatMap((code) => [`${textsKey(code)}.name`, `${textsKey(code)}.summary`]),
  ];
  return <StaleNotice messageKeys={keys} english={comparisonSectionPath('en', pair, 'summary')} />;
}
