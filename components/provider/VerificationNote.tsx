import { useFormatter, useTranslations } from 'next-intl';
import type { Verification } from '@/data/provider-messages';
import { NODE_MARK, placeNode, richTags } from '@/lib/rich';

/** When an entry was checked (a date in the reader's locale) and against which stored file, or that it was not checked yet. */
export default function VerificationNote({ verified }: { verified: Verification }) {
  const t = useTranslations('ProviderMessageCard');
  const format = useFormatter();
  if (verified === 'unchecked') return t('unchecked');
  const time = (
    <time dateTime={verified.on}>
      {format.dateTime(new Date(`${verified.on}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })}
    </time>
  );
  return placeNode(t.rich('verified', { date: NODE_MARK, file: verified.copy, code: richTags.code }), time);
}
