import { useLocale } from 'next-intl';
import StaleNotice from '@/components/site/StaleNotice';
import { explanationTranslator } from '@/lib/decoder/explain';
import { explainNotingKeys } from '@/lib/decoder/explanation-keys';
import type { ExplanationMessages } from '@/lib/decoder/explanation-messages';
import { shareQuery } from '@/lib/decoder/share-link';
import type { DecodedRecipient } from '@/lib/decoder/types';
import { explanationPath } from '@/lib/urls';
import DecodedCard from './DecodedCard';

/**
 * A shared explanation's card, rendered on the server: marked when any of its texts was translated from
 * an older English, with a link to the same explanation in English (the decoder's own cards get the same
 * notice through explainMarkingStale).
 */
export default function SharedExplanationCard({ recipient, messages }: { recipient: DecodedRecipient; messages: ExplanationMessages }) {
  const locale = useLocale();
  const { explanation, keys } = explainNotingKeys(recipient, explanationTranslator(locale, messages), locale);
  return (
    <DecodedCard
      recipient={recipient}
      explanation={explanation}
      notice={<StaleNotice messageKeys={[...keys]} english={explanationPath('en', shareQuery(recipient))} />}
    />
  );
}
