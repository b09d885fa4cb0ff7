import { useTranslations } from 'next-intl';
import { providerName, type ProviderMessage } from '@/lib/providers';
import { providerMessageTexts } from '@/lib/code-texts';
import { providerMessageKey } from '@/lib/codes';
import { providerMessagePath, type PageCode } from '@/lib/urls';
import StaleNotice from '@/components/site/StaleNotice';
import styles from './ProviderMessageCard.module.css';
import VerificationNote from './VerificationNote';
import WireQuote from '@/components/site/WireQuote';

/**
 * One catalogue entry: the provider's own wording (verbatim), what it means and what to do. `page` is the
 * code page it sits on, where the English of a stale translation is found under the same anchor.
 */
export default function ProviderMessageCard({ message, page, heading }: { message: ProviderMessage; page: PageCode; heading?: string }) {
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
            <WireQuote text={phrase} />
          </span>
        ))}
      </p>
      <p>{texts.rich('meaning')}</p>
      <p>
        <span className="muted">{t('whatToDo')}: </span>
        {texts.rich('action')}
      </p>
      <StaleNotice
        messageKeys={[`${providerMessageKey(message.id)}.meaning`, `${providerMessageKey(message.id)}.action`]}
        english={providerMessagePath('en', page, message.id)}
      />
      <p className={styles.source}>
        {t('source')}: <a href={message.source}>{new URL(message.source).hostname}</a> ({tConfidence(message.confidence)};{' '}
        <VerificationNote verified={message.verified} />)
      </p>
    </div>
  );
}
