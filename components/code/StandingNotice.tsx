import { useFormatter, useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import type { ReplyCode } from '@/lib/reply-codes';
import notice from '@/components/site/Notice.module.css';

/** The "not defined by any RFC" label every non-standard code carries, with where it comes from. */
export default function StandingNotice({ code }: { code: ReplyCode }) {
  const t = useTranslations('Standing');
  const tRoot = useTranslations();
  const format = useFormatter();
  const { standing } = code;
  if (standing.kind === 'rfc') return null;
  const label =
    standing.kind === 'iana-only'
      ? t('iana-only', { code: code.code, entries: format.list(standing.registryEntries) })
      : standing.kind === 'draft'
        ? t('draft', { code: code.code, draft: standing.draft })
        : t('non-standard', { code: code.code });
  return (
    <aside className={`${notice.notice} notice-nonstandard`} aria-labelledby="origin">
      <p className={notice.label}>{label}</p>
      {standing.kind === 'draft' && standing.text ? (
        <p>
          <code>
            {code.code} {standing.text}
          </code>
        </p>
      ) : null}
      <h2 id="origin">{t('originTitle')}</h2>
      <p>{codeTexts(tRoot, code).origin()}</p>
    </aside>
  );
}
