import { useTranslations } from 'next-intl';
import { codeLabel } from '@/lib/codes';
import { providerName, type ProviderCode } from '@/lib/providers';
import Breadcrumbs from '@/components/site/Breadcrumbs';
import ProviderMessageCard from './ProviderMessageCard';
import notice from '@/components/site/Notice.module.css';
import LearnAboutCode from '@/components/guides/LearnAboutCode';

/** A code only one provider defines: labelled as such, explained from the provider catalogue. */
export default function ProviderCodePage({ code }: { code: ProviderCode }) {
  const t = useTranslations('ProviderCodePage');
  const provider = providerName(code.provider);
  const label = codeLabel(code);
  return (
    <article className="code-page provider-code">
      <Breadcrumbs current={label} section="enhanced" />
      <p className="kicker">{t('kicker')}</p>
      <h1>{t('title', { code: label, provider })}</h1>
      <aside className={`${notice.notice} notice-nonstandard`} aria-label={t('kicker')}>
        <p className={notice.label}>{t('notInRegistry', { code: label, provider })}</p>
        {code.range ? <p>{t('range', { from: code.range[0], to: code.range[1] })}</p> : null}
      </aside>
      <section aria-labelledby="meaning">
        <h2 id="meaning">{t('meaningTitle')}</h2>
        {code.messages.map((message) => (
          <ProviderMessageCard key={message.id} message={message} page={code} />
        ))}
      </section>
      <LearnAboutCode slug={code.slug} />
    </article>
  );
}
