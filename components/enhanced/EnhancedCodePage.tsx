import { useLocale, useTranslations } from 'next-intl';
import type { EnhancedCode } from '@/lib/enhanced-codes';
import { codeTexts } from '@/lib/code-texts';
import { codePath, slugOf } from '@/lib/urls';
import { codeArticle } from '@/lib/structured-data';
import { messagesWithEnhanced } from '@/lib/providers';
import { sameSubjectCodes } from '@/lib/related-codes';
import Breadcrumbs, { useTrail } from '@/components/site/Breadcrumbs';
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
import LearnAboutCode from '@/components/guides/LearnAboutCode';

export default function EnhancedCodePage({ code }: { code: EnhancedCode }) {
  const t = useTranslations('EnhancedPage');
  const tPage = useTranslations('CodePage');
  const tRoot = useTranslations();
  const texts = codeTexts(tRoot, code);
  const trail = useTrail('enhanced');
  const locale = useLocale();
  const { entry } = code;
  const sameSubject = sameSubjectCodes(code);
  const title = t('title', { code: code.id, name: texts.text('name') });
  const path = codePath(locale, code);
  const classNote = code.enhancedClass === 2 ? null : (`class${code.enhancedClass}` as const);
  return (
    <article className={`code-page class-${code.enhancedClass}`}>
      <JsonLd
        data={codeArticle({
          locale,
          path,
          headline: title,
          description: texts.text('summary'),
          term: code.id,
          termDescription: entry.title ?? texts.text('summary'),
          crumbs: [...trail, { name: code.id, path }],
        })}
      />
      <Breadcrumbs current={code.id} section="enhanced" />
      <p className="kicker">{t('kicker')}</p>
      <h1>{title}</h1>
      <p className="lead">{texts.text('summary')}</p>
      <p className={`${styles.classNote} class-${code.enhancedClass}`}>
        {classNote && texts.has(classNote)
          ? texts.rich(classNote)
          : `${code.id}: ${tRoot(`EnhancedClasses.${code.enhancedClass}.meaning`)}`}
      </p>
      {entry.deprecated ? (
        <aside className={notice.notice} aria-label={t('deprecated', { replacement: entry.deprecated.replacedBy })}>
          <p>{t('deprecated', { replacement: entry.deprecated.replacedBy })}</p>
        </aside>
      ) : null}
      <CodeShare code={code} />
      <section aria-labelledby="facts">
        <h2 id="facts">{tPage('factsTitle')}</h2>
        <EnhancedFacts code={code} />
      </section>
      <CodeSections code={code} />
      <ProviderMessages page={code} messages={messagesWithEnhanced(code.id)} />
      <LearnAboutCode slug={code.id} />
      <CustomerText code={code} />
      {sameSubject.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">{t('sameSubjectTitle', { subject: tRoot(`Subjects.${entry.subject}.name`) })}</h2>
          <ul className={links.related}>
            {sameSubject.map((other) => (
              <li key={other.id}>
                <a href={codePath(locale, other)} className={`${links.link} class-${other.enhancedClass}`}>
                  <span className={links.number}>{other.id}</span>
                  {` ${codeTexts(tRoot, other).text('name')}`}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EmbedSnippet slug={slugOf(code)} />
    </article>
  );
}
