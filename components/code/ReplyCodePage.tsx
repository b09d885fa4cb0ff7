import { useLocale, useTranslations } from 'next-intl';
import { codePath } from '@/lib/urls';
import { codeArticle } from '@/lib/structured-data';
import type { ReplyCode } from '@/lib/reply-codes';
import Breadcrumbs from '@/components/site/Breadcrumbs';
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

export default function ReplyCodePage({ code }: { code: ReplyCode }) {
  const t = useTranslations('CodePage');
  const tCode = useTranslations(`codes.${code.code}`);
  const tCrumbs = useTranslations('Breadcrumbs');
  const tDiagram = useTranslations('SessionDiagram');
  const locale = useLocale();
  const { standing } = code;
  const title = t('title', { code: code.code, name: tCode('name') });
  return (
    <article className={`code-page class-${code.replyClass}`}>
      <JsonLd
        data={codeArticle({
          locale,
          path: codePath(locale, code),
          headline: title,
          description: tCode('summary'),
          term: `SMTP ${code.code}`,
          termDescription: tCode('summary'),
          crumbs: [
            { name: tCrumbs('home'), path: `/${locale}` },
            { name: tCrumbs('smtp'), path: `/${locale}` },
            { name: String(code.code), path: codePath(locale, code) },
          ],
        })}
      />
      <Breadcrumbs current={String(code.code)} />
      <h1>{title}</h1>
      <p className="lead">{tCode('summary')}</p>
      {standing.kind === 'rfc' ? (
        <p className="standard-text">
          <span className="muted">{`${t('standardText')}: `}</span>
          <code>{`${code.code} ${standing.text}`}</code>
        </p>
      ) : null}
      <StandingNotice code={code} />
      <CodeShare code={String(code.code)} />
      <section aria-labelledby="facts">
        <h2 id="facts">{t('factsTitle')}</h2>
        <CodeFacts code={code} />
      </section>
      <section aria-labelledby="session" className="session">
        <h2 id="session">{tDiagram('title', { code: code.code })}</h2>
        <SessionDiagram code={code} />
      </section>
      <CodeSections texts={`codes.${code.code}`} />
      <CustomerText texts={`codes.${code.code}`} />
      <EnhancedCodes code={code} />
      <ReplyProviderMessages code={code} />
      <RelatedCodes code={code} />
      <EmbedSnippet slug={String(code.code)} />
    </article>
  );
}
