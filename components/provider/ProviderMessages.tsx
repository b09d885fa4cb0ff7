import { useTranslations } from 'next-intl';
import type { EnhancedCode } from '@/lib/enhanced-codes';
import { isClash, providerName, type ProviderMessage } from '@/lib/providers';
import ProviderMessageCard from './ProviderMessageCard';
import notice from '@/components/site/Notice.module.css';

/**
 * What providers send with a code. Providers that give the number a meaning of their own (a clash with
 * the registry) come first, each in a marked box; the rest follow as a list.
 */
export default function ProviderMessages({ page, messages }: { page: EnhancedCode; messages: readonly ProviderMessage[] }) {
  const t = useTranslations('EnhancedPage');
  const code = page.id;
  if (messages.length === 0) return null;
  const clashing = messages.filter((m) => isClash(m.provider, code));
  const agreeing = messages.filter((m) => !isClash(m.provider, code));
  return (
    <>
      {clashing.map((message) => (
        <aside key={message.id} className={`${notice.notice} ${notice.clash}`} aria-labelledby={`clash-${message.id}`}>
          <h2 id={`clash-${message.id}`}>{t('clashTitle', { provider: providerName(message.provider), code })}</h2>
          <p className="muted">{t('clashLead', { provider: providerName(message.provider), code })}</p>
          <ProviderMessageCard message={message} page={page} />
        </aside>
      ))}
      {agreeing.length > 0 ? (
        <section aria-labelledby="providers">
          <h2 id="providers">{t('providersTitle', { code })}</h2>
          <p>{t('providersLead')}</p>
          {agreeing.map((message) => (
            <ProviderMessageCard key={message.id} message={message} page={page} />
          ))}
        </section>
      ) : null}
    </>
  );
}
