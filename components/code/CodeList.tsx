import { useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import { isStandard, REPLY_CLASSES, type ReplyCode } from '@/lib/reply-codes';
import CodeLink from './CodeLink';
import links from './CodeLinks.module.css';

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
          <section key={replyClass} className={`${links.group} class-${replyClass}`}>
            <H>{tFacts(`classes.${replyClass}`)}</H>
            <ul className={links.list}>
              {inClass.map((code) => (
                <li key={code.code}>
                  <CodeLink code={code} />
                  {isStandard(code) ? null : <span className={links.badge}>{tList('nonStandard')}</span>}
                  <span className={links.summary}>{codeTexts(tRoot, code).text('summary')}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
