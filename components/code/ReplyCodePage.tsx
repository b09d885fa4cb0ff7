import { useLocale, useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import { codePath, slugOf } from '@/lib/urls';
import { codeArticle } from '@/lib/structured-data';
import type { ReplyCode } from '@/lib/reply-codes';
import Breadcrumbs, { useTrail } from '@/components/site/Breadcrumbs';
import CodeFacts from './CodeFacts';
import CodeShare from '@/components/share/CodeShare';
import CodeSections from './CodeSections';
import CustomerText from './CustomerText';
import EmbedSnippet from '@/components/share/EmbedSnippet';
import EnhancedCodes from '@/components/enhanced/EnhancedCodes';
import JsonLd from '@/components/site/JsonLd';
import RelatedCodes from './RelatedCodes';
import SessionDiagram from './SessionDiagram';
import ReplyProviderMessages from './ReplyProviderMessages';
import StandingNotice from './StandingNotice';
import LearnAboutCode from '@/components/guides/LearnAboutCode';

export default function ReplyCodePage({ code }: { code: ReplyCode }) {
  const t = useTranslations('CodePage');
  const texts = codeTexts(useTranslations(), code);
  const tDiagram = useTranslations('SessionDiagram');
  const trail = useTrail('reply');
  const locale = useLocale();
  const { standing } = code;
  const title = t('title', { code: code.code, name: texts.text('name') });
  const path = codePath(locale, code);
  return (
    <article className={`code-page class-${code.replyClass}`}>
      <JsonLd
        data={codeArticle({
          locale,
          path,
          headline: title,
          description: texts.text('summary'),
          term: `SMTP ${code.code}`,
          termDescription: texts.text('summary'),
          crumbs: [...trail, { name: String(code.code), path }],
        })}
      />
      <Breadcrumbs current={String(code.code)} />
      <h1>{title}</h1>
      <p className="lead">{texts.text('summary')}</p>
      {standing.kind === 'rfc' ? (
        <p className="standard-text">
          <span className="muted">{`${t('standardText')}: `}</span>
          <code>{`${code.code} ${standing.text}`}</code>
        </p>
      ) : null}
      <StandingNotice code={code} />
      <CodeShare code={code} />
      <section aria-labelledby="facts">
        <h2 id="facts">{t('factsTitle')}</h2>
        <CodeFacts code={code} />
      </section>
      <section aria-labelledby="session" className="session">
        <h2 id="session">{tDiagram('title', { code: code.code })}</h2>
        <SessionDiagram code={code} />
      </section>
      <CodeSections code={code} />
      <CustomerText code={code} />
      <EnhancedCodes code={code} />
      <ReplyProviderMessages code={code} />
      <LearnAboutCode slug={String(code.code)} />
      <RelatedCodes code={code} />
      <EmbedSnippet slug={slugOf(code)} />
    </article>
  );
}
