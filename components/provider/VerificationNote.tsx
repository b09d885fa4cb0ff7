import { useFormatter, useTranslations } from 'next-intl';
import type { Verification } from '@/data/provider-messages';

/** When an entry was checked (a date in the reader's locale) and against which stored file, or that it was not checked yet. */
export default function VerificationNote({ verified }: { verified: Verification }) {
  const t = useTranslations('ProviderMessageCard');
  const format = useFormatter();
  if (verified === 'unchecked') return t('unchecked');
  return t.rich('verified', {
    date: format.dateTime(new Date(`${verified.on}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }),
    file: verified.copy,
    code: (chunks) => <code dir="ltr">{chunks}</code>,
  });
}
