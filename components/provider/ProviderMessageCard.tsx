import { useTranslations } from 'next-intl';
import { providerName, type ProviderMessage } from '@/lib/providers';
import { richTags } from '@/lib/rich';
import styles from './ProviderMessageCard.module.css';

/** One catalogue entry: the provider's own wording (verbatim), what it means and what to do. */
export default function ProviderMessageCard({ message, heading }: { message: ProviderMessage; heading?: string }) {
  const t = useTranslations('EnhancedPage');
  const tConfidence = useTranslations('Confidence');
  const tMessage = useTranslations(`providerMessages.${message.id}`);
  const codes = message.codes.map(([reply, enhanced]) => [reply, enhanced].filter(Boolean).join(' ')).join(' / ');
  return (
    <div className={styles.message} id={message.id}>
      <p className={styles.name}>
        <strong>{heading ?? providerName(message.provider)}</strong> <code>{codes}</code>
      </p>
      <p>
        <span className="muted">{t('wireText')}: </span>
        {message.match.map((phrase, i) => (
          <span key={phrase}>
            {i > 0 ? ' / ' : null}
            <q className="wire-text">{phrase}</q>
          </span>
        ))}
      </p>
      <p>{tMessage.rich('meaning', richTags)}</p>
      <p>
        <span className="muted">{t('whatToDo')}: </span>
        {tMessage.rich('action', richTags)}
      </p>
      <p className={styles.source}>
        {t('source')}: <a href={message.source}>{new URL(message.source).hostname}</a> ({tConfidence(message.confidence)},{' '}
        <time dateTime={message.lastVerified}>{message.lastVerified}</time>)
      </p>
    </div>
  );
}
