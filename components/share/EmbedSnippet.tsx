import { useLocale, useTranslations } from 'next-intl';
import { cardFacts, cardTitle, EMBED_WIDTH, embedHeight, embedIframe, parseEmbeddable } from '@/lib/embed';
import { absoluteUrl, embedPath } from '@/lib/urls';
import ClientMessages from '@/components/site/ClientMessages';
import CopyButton from '@/components/site/CopyButton';
import styles from './EmbedSnippet.module.css';

/** On a code page: the <iframe> HTML that shows this code's card in a help centre, ready to copy. */
export default function EmbedSnippet({ slug }: { slug: string }) {
  const t = useTranslations('Embed');
  const tRoot = useTranslations();
  const locale = useLocale();
  const parsed = parseEmbeddable(slug);
  if (!parsed) return null;
  const facts = cardFacts(parsed);
  const html = embedIframe({
    src: absoluteUrl(embedPath(locale, facts.slug)),
    title: cardTitle(facts, tRoot),
    width: EMBED_WIDTH.default,
    height: embedHeight(EMBED_WIDTH.default),
  });
  const id = `embed-html-${facts.slug}`;
  return (
    <details className={styles.snippet}>
      <summary>{t('snippetTitle')}</summary>
      <p>{t('snippetLead', { code: facts.label })}</p>
      <label htmlFor={id} className={styles.label}>
        {t('snippetLabel', { code: facts.label })}
      </label>
      <textarea id={id} className={styles.html} value={html} readOnly rows={3} spellCheck={false} />
      <ClientMessages namespaces={['CopyButton']}>
        <CopyButton text={html} target={id} />
      </ClientMessages>
    </details>
  );
}
