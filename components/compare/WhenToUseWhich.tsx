import { useFormatter, useTranslations } from 'next-intl';
import type { Pair } from '@/lib/comparison';
import { stageList } from '@/components/code/CodeFacts';

/** How to tell the two codes apart in a log or a bounce, built from their facts. */
export default function WhenToUseWhich({ pair: { a, b } }: { pair: Pair }) {
  const t = useTranslations('Comparison');
  const tFacts = useTranslations('Facts');
  const format = useFormatter();
  const hints: string[] = [
    a.replyClass === b.replyClass
      ? t('whichSameDigit', { digit: a.replyClass })
      : t('whichDigits', {
          a: a.code,
          b: b.code,
          meaningA: tFacts(`classMeanings.${a.replyClass}`),
          meaningB: tFacts(`classMeanings.${b.replyClass}`),
        }),
  ];
  // What both codes share is said once ("Both can answer at …"), not listed twice as if it told them apart.
  if (a.stages.length > 0 && b.stages.length > 0) {
    const [stagesA, stagesB] = [stageList(a, tFacts, format), stageList(b, tFacts, format)];
    hints.push(
      stagesA === stagesB
        ? t('whichSameStages', { stages: stagesA })
        : t('whichStages', { a: a.code, b: b.code, stagesA, stagesB }),
    );
  }
  if (a.enhanced.length > 0 && b.enhanced.length > 0) {
    const [enhancedA, enhancedB] = [format.list(a.enhanced, { type: 'disjunction' }), format.list(b.enhanced, { type: 'disjunction' })];
    hints.push(
      enhancedA === enhancedB
        ? t('whichSameEnhanced', { enhanced: enhancedA })
        : t('whichEnhanced', { a: a.code, b: b.code, enhancedA: enhancedA, enhancedB: enhancedB }),
    );
  }
  return (
    <section aria-labelledby="which">
      <h2 id="which">{t('whichTitle')}</h2>
      <p>{t('whichLead')}</p>
      <ul>
        {hints.map((hint) => (
          <li key={hint}>{hint}</li>
        ))}
      </ul>
    </section>
  );
}
