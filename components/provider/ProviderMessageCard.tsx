import { useTranslations } from 'next-intl';
import { providerName, type ProviderMessage } from '@/lib/providers';
import { providerMessageTexts } from '@/lib/code-texts';
import styles from './ProviderMessageCard.module.css';
import VerificationNote from './VerificationNote';

/** One catalogue entry: the provider's own wording (verbatim), what it means and what to do. */
export default function ProviderMessageCard({ message, heading }: { message: ProviderMessage; heading?: string }) {
  const t = useTranslations('ProviderMessageCard');
  const tConfidence = useTranslations('Confidence');
  const texts = providerMessageTexts(useTranslations(), message.id);
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
      <p>{texts.rich('meaning')}</p>
      <p>
        <span className="muted">{t('whatToDo')}: </span>
        {texts.rich('action')}
      </p>
      <p className={styles.source}>
        {t('source')}: <a href={message.source}>{new URL(message.source).hostname}</a> ({tConfidence(message.confidence)};{' '}
        <VerificationNote verified={message.verified} />)
      </p>
    </div>
  );
}
