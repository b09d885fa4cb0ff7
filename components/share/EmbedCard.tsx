import { useLocale, useTranslations } from 'next-intl';
import { cardName, type CardFacts } from '@/lib/embed';
import { smtpPath } from '@/lib/urls';
import { richTags } from '@/lib/rich';
import styles from './EmbedCard.module.css';

/** The compact card a help centre shows in an <iframe>: code, short name, summary, link to the full page. */
export default function EmbedCard({ facts }: { facts: CardFacts }) {
  const t = useTranslations('Embed');
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
      <p className={styles.summary}>{tRoot.rich(facts.summaryKey, richTags)}</p>
      <p className={styles.footer}>
        <a href={smtpPath(locale, facts.slug)} target="_blank" rel="noopener" className={styles.more}>
          {t('readMore')}
          <span className="visually-hidden"> {t('newTab')}</span>
        </a>
        <span className={styles.site}>{tRoot('Site.name')}</span>
      </p>
    </article>
  );
}
