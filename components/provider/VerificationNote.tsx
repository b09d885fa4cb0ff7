import { useTranslations } from 'next-intl';
import type { Verification } from '@/data/provider-messages';

/** When an entry was checked and against which stored copy of its source, or that it was not checked yet. */
export default function VerificationNote({ verified }: { verified: Verification }) {
  const t = useTranslations('ProviderMessageCard');
  return verified === 'unchecked' ? t('unchecked') : t('verified', { date: verified.on, copy: verified.copy });
}
