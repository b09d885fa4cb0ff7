import { useFormatter, useTranslations } from 'next-intl';
import { Children, type ReactNode } from 'react';
import type { Verification } from '@/data/provider-messages';

// Rich messages take strings for arguments: the date goes in as this mark and comes out as a <time>.
const DATE = '\u0000';

/** When an entry was checked (a date in the reader's locale) and against which stored file, or that it was not checked yet. */
export default function VerificationNote({ verified }: { verified: Verification }) {
  const t = useTranslations('ProviderMessageCard');
  const format = useFormatter();
  if (verified === 'unchecked') return t('unchecked');
  const time = (
    <time key="date" dateTime={verified.on}>
      {format.dateTime(new Date(`${verified.on}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })}
    </time>
  );
  const parts = t.rich('verified', { date: DATE, file: verified.copy, code: (chunks) => <code dir="ltr">{chunks}</code> });
  return Children.toArray(parts).flatMap((part): ReactNode[] =>
    typeof part === 'string' ? part.split(DATE).flatMap((text, i) => (i === 0 ? [text] : [time, text])) : [part],
  );
}
