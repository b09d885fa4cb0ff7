import { useLocale, useTranslations } from 'next-intl';
import { codePath } from '@/lib/urls';
import type { ReplyCode } from '@/lib/reply-codes';
import links from './CodeLinks.module.css';

/** "550 Mailbox Unavailable" as a link to the code's page. */
export default function CodeLink({ code }: { code: ReplyCode }) {
  const t = useTranslations('codes');
  const locale = useLocale();
  return (
    <a href={codePath(locale, code)} className={`${links.link} class-${code.replyClass}`}>
      {/* One text node: React would otherwise mark the seam with a comment, in the HTML and again in its payload. */}
      <span className={links.number}>{code.code}</span>
      {` ${t(`${code.code}.name`)}`}
    </a>
  );
}
