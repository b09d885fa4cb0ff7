import { useLocale, useTranslations } from 'next-intl';
import { allEnhancedCodes, type EnhancedCode } from '@/lib/enhanced-codes';
import { enhancedIndexPath, smtpPath } from '@/lib/urls';
import { codeArticle } from '@/lib/structured-data';
import { messagesWithEnhanced } from '@/lib/providers';
import { richTags } from '@/lib/rich';
import Breadcrumbs from '@/components/site/Breadcrumbs';
import CodeSections from '@/components/code/CodeSections';
import CodeShare from '@/components/share/CodeShare';
import CustomerText from '@/components/code/CustomerText';
import EmbedSnippet from '@/components/share/EmbedSnippet';
import EnhancedFacts from './EnhancedFacts';
import JsonLd from '@/components/site/JsonLd';
import ProviderMessages from '@/components/provider/ProviderMessages';
import notice from '@/components/site/Notice.module.css';
import links from '@/components/code/CodeLinks.module.css';
import styles from './EnhancedCodePage.module.css';

export function enhancedTexts(code: EnhancedCode): string {
  return `enhanced.${code.entry.subject}.${code.entry.detail}`;
}

export default function EnhancedCodePage({ code }: { code: EnhancedCode }) {
  const t = useTranslations('EnhancedPage');
  const tRoot = useTranslations();
  const tCode = useTranslations(enhancedTexts(code));
  const locale = useLocale();
  const { entry } = code;
  const sameSubject = allEnhancedCodes().filter(
    (c) => c.enhancedClass === code.enhancedClass && c.entry.subject === entry.subject && c.id !== code.id,
  );
  const title = t('title', { code: code.id, name: tCode('name') });
  return (
    <article className={`code-page class-${code.enhancedClass}`}>
      <JsonLd
        data={codeArticle({
          locale,
          path: smtpPath(locale, code.id),
          headline: title,
          description: tCode('summary'),
          term: code.id,
          termDescription: entry.title ?? tCode('summary'),
          crumbs: [
            { name: tRoot('Breadcrumbs.home'), path: `/${locale}` },
            { name: tRoot('EnhancedIndex.title'), path: enhancedIndexPath(locale) },
            { name: code.id, path: smtpPath(locale, code.id) },
          ],
        })}
      />
      <Breadcrumbs current={code.id} section="enhanced" />
      <p className="kicker">{t('kicker')}</p>
      <h1>{title}</h1>
      <p className="lead">{tCode('summary')}</p>
      <p className={`${styles.classNote} class-${code.enhancedClass}`}>
        {tCode.has(`class${code.enhancedClass}`)
          ? tCode.rich(`class${code.enhancedClass}`, richTags)
          : `${code.id}: ${tRoot(`EnhancedClasses.${code.enhancedClass}.meaning`)}`}
      </p>
      {entry.deprecated ? (
        <aside className={notice.notice} aria-label={t('deprecated', { replacement: entry.deprecated.replacedBy })}>
          <p>{t('deprecated', { replacement: entry.deprecated.replacedBy })}</p>
        </aside>
      ) : null}
      <CodeShare code={code.id} />
      <section aria-labelledby="facts">
        <h2 id="facts">{tRoot('CodePage.factsTitle')}</h2>
        <EnhancedFacts code={code} />
      </section>
      <CodeSections texts={enhancedTexts(code)} />
      <ProviderMessages code={code.id} messages={messagesWithEnhanced(code.id)} />
      <CustomerText texts={enhancedTexts(code)} />
      {sameSubject.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">{t('sameSubjectTitle', { subject: tRoot(`Subjects.${entry.subject}.name`) })}</h2>
          <ul className={links.related}>
            {sameSubject.map((other) => (
              <li key={other.id}>
                <a href={smtpPath(locale, other.id)} className={`${links.link} class-${other.enhancedClass}`}>
                  <span className={links.number}>{other.id}</span>
                  {` ${tRoot(`${enhancedTexts(other)}.name`)}`}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EmbedSnippet slug={code.id} />
    </article>
  );
}
