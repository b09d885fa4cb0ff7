import { useTranslations } from 'next-intl';
import { REPLY_CLASSES } from '@/lib/reply-codes';
import styles from './DigitGuide.module.css';

const CATEGORIES = [0, 1, 2, 3, 4, 5] as const;

/** How to read the three digits (RFC 5321 §4.2.1). */
export default function DigitGuide() {
  const t = useTranslations('Home');
  const tFacts = useTranslations('Facts');
  return (
    <section aria-labelledby="digits">
      <h2 id="digits">{t('digitsTitle')}</h2>
      <p>{t('digitsLead')}</p>
      <div className={styles.tables}>
        <div>
          <h3>{t('firstDigit')}</h3>
          <dl className="facts">
            {REPLY_CLASSES.map((c) => (
              <div key={c} className={`class-${c}`}>
                <dt>{tFacts(`classes.${c}`)}</dt>
                <dd>{tFacts(`classMeanings.${c}`)}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div>
          <h3>{t('secondDigit')}</h3>
          <ul>
            {CATEGORIES.map((c) => (
              <li key={c}>{tFacts(`categories.${c}`)}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
