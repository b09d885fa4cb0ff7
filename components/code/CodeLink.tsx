import { useLocale, useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import { codePath } from '@/lib/urls';
import type { ReplyCode } from '@/lib/reply-codes';
import links from './CodeLinks.module.css';

/** "550 Mailbox Unavailable" as a link to the code's page. */
export default function CodeLink({ code }: { code: ReplyCode }) {
  const texts = codeTexts(useTranslations(), code);
  const locale = useLocale();
  return (
    <a href={codePath(locale, code)} className={`${links.link} class-${code.replyClass}`}>
      {/* One text node: React would otherwise mark the seam with a comment, in the HTML and again in its payload. */}
      <span className={links.number}>{code.code}</span>
      {` ${texts.text('name')}`}
    </a>
  );
}
