import { useTranslations } from 'next-intl';
import { reportEmail } from '@/lib/site-config';
import { richTags } from '@/lib/rich';

/**
 * What the site keeps about its readers, one section per thing it touches. The words describe the code as
 * it is: when proxy.ts, app/api/locale, the decoder, the search box, lib/csp.ts or
 * deploy/nginx.conf.template change what they send or keep, change the Privacy messages with them.
 */
const SECTIONS = [
  { id: 'decoder', paragraphs: ['decoder.browser', 'decoder.server', 'decoder.share'] },
  { id: 'search', paragraphs: ['search.browser', 'search.server'] },
  { id: 'cookie', paragraphs: ['cookie.what', 'cookie.flags', 'cookie.remove'] },
  { id: 'tracking', paragraphs: ['tracking.none', 'tracking.embeds'] },
  { id: 'logs', paragraphs: ['logs.app', 'logs.proxy', 'logs.reference'] },
  // Only where the "report a problem" link is shown (components/site/ReportProblem).
  { id: 'report', paragraphs: ['report.text'] },
] as const;

export default function PrivacyPage() {
  const t = useTranslations('Privacy');
  const shown = SECTIONS.filter((section) => section.id !== 'report' || reportEmail() !== null);
  return (
    <article className="privacy">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {shown.map(({ id, paragraphs }) => (
        <section key={id} aria-labelledby={`privacy-${id}`}>
          <h2 id={`privacy-${id}`}>{t(`${id}.title`)}</h2>
          {paragraphs.map((key) => (
            <p key={key}>{t.rich(key, richTags)}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
