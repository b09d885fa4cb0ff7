import { useLocale } from 'next-intl';
import { staleKeysOf } from '@/lib/staleness';
import StaleNoticeText from './StaleNoticeText';

/**
 * Under a section whose translation was made from an older English text (npm run i18n:status): says so,
 * and links the same section of the English page. Renders nothing while the translation is current.
 */
export default function StaleNotice({ messageKeys, english }: { messageKeys: readonly string[]; english: string }) {
  const stale = staleKeysOf(useLocale());
  if (!messageKeys.some((key) => stale.has(key))) return null;
  return <StaleNoticeText english={english} />;
}
