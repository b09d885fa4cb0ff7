import { useTranslations } from 'next-intl';
import type { ReplyCode } from '@/lib/reply-codes';
import Breadcrumbs from './Breadcrumbs';
import CodeFacts from './CodeFacts';
import CodeSections from './CodeSections';
import CustomerText from './CustomerText';
import EnhancedCodes from './EnhancedCodes';
import RelatedCodes from './RelatedCodes';
import ReplyProviderMessages from './ReplyProviderMessages';
import StandingNotice from './StandingNotice';

export default function CodePageView({ code }: { code: ReplyCode }) {
  const t = useTranslations('CodePage');
  const tCode = useTranslations(`codes.${code.code}`);
  const { standing } = code;
  return (
    <article className={`code-page class-${code.replyClass}`}>
      <Breadcrumbs current={String(code.code)} />
      <h1>{t('title', { code: code.code, name: tCode('name') })}</h1>
      <p className="lead">{tCode('summary')}</p>
      {standing.kind === 'rfc' ? (
        <p className="standard-text">
          <span className="muted">{t('standardText')}: </span>
          <code>
            {code.code} {standing.text}
          </code>
        </p>
      ) : null}
      <StandingNotice code={code} />
      <section aria-labelledby="facts">
        <h2 id="facts">{t('factsTitle')}</h2>
        <CodeFacts code={code} />
      </section>
      <CodeSections texts={`codes.${code.code}`} />
      <CustomerText texts={`codes.${code.code}`} />
      <EnhancedCodes code={code} />
      <ReplyProviderMessages code={code} />
      <RelatedCodes code={code} />
    </article>
  );
}
