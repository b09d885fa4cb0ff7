import { useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import { isStandard, REPLY_CLASSES, type ReplyCode } from '@/lib/reply-codes';
import CodeLink from './CodeLink';

/** Codes grouped by class, each with its one-line summary. */
export default function CodeList({ codes, headingLevel: H = 'h3' }: { codes: readonly ReplyCode[]; headingLevel?: 'h2' | 'h3' }) {
  const tFacts = useTranslations('Facts');
  const tRoot = useTranslations();
  const tList = useTranslations('CodeList');
  return (
    <>
      {REPLY_CLASSES.map((replyClass) => {
        const inClass = codes.filter((c) => c.replyClass === replyClass);
        if (inClass.length === 0) return null;
        return (
          <section key={replyClass} className={`code-group class-${replyClass}`}>
            <H>{tFacts(`classes.${replyClass}`)}</H>
            <ul className="code-list">
              {inClass.map((code) => (
                <li key={code.code}>
                  <CodeLink code={code} />
                  {isStandard(code) ? null : <span className="badge">{tList('nonStandard')}</span>}
                  <span className="code-summary">{codeTexts(tRoot, code).text('summary')}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
