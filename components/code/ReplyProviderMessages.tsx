import { useLocale, useTranslations } from 'next-intl';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { codePath } from '@/lib/urls';
import { messagesWithReply, providerName, reasonFor, type ProviderMessage } from '@/lib/providers';
import type { ReplyCode } from '@/lib/reply-codes';
import WireQuote from '@/components/site/WireQuote';
import links from './CodeLinks.module.css';

/** The enhanced code with a page that a provider sends with this reply code, if any. */
function enhancedWith(message: ProviderMessage, code: ReplyCode) {
  return message.codes.flatMap(([reply, e]) => (reply === code.code && e ? (getEnhancedCode(e) ?? []) : []))[0];
}

/** A compact list of what providers send with a reply code; each entry links to its full explanation. */
export default function ReplyProviderMessages({ code }: { code: ReplyCode }) {
  const t = useTranslations('CodePage');
  const tReasons = useTranslations('reasons');
  const locale = useLocale();
  const messages = messagesWithReply(code.code);
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby="providers">
      <h2 id="providers">{t('providersTitle', { code: code.code })}</h2>
      <ul className={links.related}>
        {messages.map((message) => {
          const enhanced = enhancedWith(message, code);
          return (
            <li key={message.id}>
              <strong>{providerName(message.provider)}</strong>{' '}
              <WireQuote text={message.match[0]} />{' '}
              <span className="muted">{`(${tReasons(`${reasonFor(message, code.replyClass) ?? 'unknown'}.name`)})`}</span>
              {enhanced ? (
                <>
                  {' '}
                  <a href={`${codePath(locale, enhanced)}#${message.id}`}>
                    <span className={links.number}>{`${code.code} ${enhanced.id}`}</span>
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
