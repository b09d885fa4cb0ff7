import { useLocale, useTranslations } from 'next-intl';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { smtpPath } from '@/lib/urls';
import { messagesWithReply, providerName } from '@/lib/providers';
import type { ReplyCode } from '@/lib/reply-codes';
import links from './CodeLinks.module.css';

/** A compact list of what providers send with a reply code; each entry links to its full explanation. */
export default function ReplyProviderMessages({ code }: { code: ReplyCode }) {
  const t = useTranslations('CodePage');
  const tRoot = useTranslations();
  const locale = useLocale();
  const messages = messagesWithReply(code.code);
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby="providers">
      <h2 id="providers">{t('providersTitle', { code: code.code })}</h2>
      <ul className={links.related}>
        {messages.map((message) => {
          const enhanced = message.codes.find(([reply, e]) => reply === code.code && e && getEnhancedCode(e))?.[1];
          return (
            <li key={message.id}>
              <strong>{providerName(message.provider)}</strong>{' '}
              <q className="wire-text">{message.match[0]}</q>{' '}
              <span className="muted">{`(${tRoot(`reasons.${message.reason}.name`)})`}</span>
              {enhanced ? (
                <>
                  {' '}
                  <a href={`${smtpPath(locale, enhanced)}#${message.id}`}>
                    {`${code.code} ${enhanced}`}
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
