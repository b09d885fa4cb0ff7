import { useFormatter, useTranslations } from 'next-intl';
import { rfcUrl, type ReplyCode } from '@/lib/reply-codes';

/** The typed facts of one code as a definition list. */
export default function CodeFacts({ code }: { code: ReplyCode }) {
  const t = useTranslations('Facts');
  const format = useFormatter();
  const { standing } = code;
  return (
    <dl className="facts">
      <dt>{t('class')}</dt>
      <dd>{t(`classes.${code.replyClass}`)}</dd>
      <dt>{t('category')}</dt>
      <dd>
        {code.category === null
          ? t('categoryUndefined', { digit: Math.floor(code.code / 10) % 10 })
          : t(`categories.${code.category}`)}
      </dd>
      <dt>{t('willRetry')}</dt>
      <dd>{t(`willRetries.${code.retry}`)}</dd>
      <dt>{t('stages')}</dt>
      <dd>{stageList(code, t, format)}</dd>
      <dt>{t('actor')}</dt>
      <dd>{t(`actors.${code.actor}`)}</dd>
      <dt>{t('rfc')}</dt>
      <dd>
        {standing.kind === 'rfc'
          ? standing.rfcs.map((ref, i) => (
              <span key={`${ref.rfc}-${ref.section}`}>
                {i > 0 ? ', ' : null}
                <a href={rfcUrl(ref.rfc, ref.section)}>
                  {`RFC ${ref.rfc}${ref.section ? ` §${ref.section}` : ''}`}
                </a>
              </span>
            ))
          : t('noRfc')}
      </dd>
    </dl>
  );
}

type FactsT = ReturnType<typeof useTranslations<'Facts'>>;
type Format = ReturnType<typeof useFormatter>;

export function stageList(code: ReplyCode, t: FactsT, format: Format): string {
  return code.stages.length === 0
    ? t('unspecifiedStages')
    : format.list(code.stages.map((s) => t(`stageNames.${s}`)));
}
