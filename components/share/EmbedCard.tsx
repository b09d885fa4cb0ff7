import { useLocale, useTranslations } from 'next-intl';
import { cardName, cardSummary, type CardFacts } from '@/lib/embed';
import { codePath } from '@/lib/urls';
import styles from './EmbedCard.module.css';

/** The compact card a help centre shows in an <iframe>: code, short name, summary, link to the full page. */
export default function EmbedCard({ facts }: { facts: CardFacts }) {
  const t = useTranslations('Embed');
  const tSite = useTranslations('Site');
  const tRoot = useTranslations();
  const locale = useLocale();
  return (
    <article className={`${styles.card} class-${facts.codeClass}`} aria-labelledby="embed-name">
      <p className={styles.kind}>
        <span className={styles.code}>{facts.label}</span> {t(`kinds.${facts.kind}`)}
      </p>
      <h1 id="embed-name" className={styles.name}>
        {cardName(facts, tRoot)}
      </h1>
      <p className={styles.summary}>{cardSummary(facts, tRoot).rich()}</p>
      <p className={styles.footer}>
        <a href={codePath(locale, facts.code)} target="_blank" rel="noopener" className={styles.more}>
          {t('readMore')}
          <span className="visually-hidden"> {t('newTab')}</span>
        </a>
        <span className={styles.site}>{tSite('name')}</span>
      </p>
    </article>
  );
}
