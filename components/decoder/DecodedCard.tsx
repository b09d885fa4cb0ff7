import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Explanation } from '@/lib/decoder/explain';
import type { DecodedRecipient } from '@/lib/decoder/types';
import PlainRich from '@/components/site/PlainRich';
import styles from './Decoder.module.css';

/**
 * One recipient of a decoded bounce: what happened, why, and what to do, as explainRecipient decided.
 * It only lays the explanation out, so the same card renders on the server (no-JavaScript path, shared
 * links) and in the browser. `notice` says that its texts are older than their English (StaleNoticeText),
 * decided where the explanation was made (explainMarkingStale).
 */
export default function DecodedCard({ recipient: r, explanation: e, notice }: { recipient: DecodedRecipient; explanation: Explanation; notice?: ReactNode }) {
  const t = useTranslations('Decoder');
  return (
    <article className={`${styles.card} decoded-card class-${r.replyCode ? String(r.replyCode)[0] : (r.enhancedCode?.[0] ?? '0')}`}>
      <h3>{r.address ? <bdi dir="ltr">{r.address}</bdi> : t('unknownRecipient')}</h3>
      <p className="lead">
        <strong>{e.title}</strong>
        {'provider' in e.lead ? ': ' : null}
        {'provider' in e.lead ? <PlainRich text={e.lead.provider} /> : null}
      </p>
      {'reason' in e.lead ? <p>{e.lead.reason}</p> : null}
      <dl className="facts">
        <dt>{t('action')}</dt>
        <dd>{e.outcome}</dd>
        {r.replyCode !== null ? (
          <>
            <dt>{t('replyCode')}</dt>
            <dd>
              <MaybeLink href={e.links.replyCode}>{[r.replyCode, e.names.replyCode].filter(Boolean).join(' ')}</MaybeLink>
            </dd>
          </>
        ) : null}
        {r.enhancedCode ? (
          <>
            <dt>{t('enhancedCode')}</dt>
            <dd>
              <MaybeLink href={e.links.enhancedCode}>
                {e.links.enhancedCode ? [r.enhancedCode, e.names.enhancedCode].filter(Boolean).join(' ') : r.enhancedCode}
              </MaybeLink>
            </dd>
          </>
        ) : null}
        {r.command ? (
          <>
            <dt>{t('command')}</dt>
            <dd>
              <code>{r.command}</code>
            </dd>
          </>
        ) : null}
        {r.remoteMta ? (
          <>
            <dt>{t('remoteMta')}</dt>
            <dd>
              <bdi dir="ltr">{r.remoteMta}</bdi>
            </dd>
          </>
        ) : null}
        {r.providerEntry ? (
          <>
            <dt>{t('provider')}</dt>
            <dd>
              <MaybeLink href={e.links.provider}>{e.names.provider}</MaybeLink>
            </dd>
          </>
        ) : null}
        <dt>{t('reason')}</dt>
        <dd>
          {e.title} · {e.bounceText}
        </dd>
      </dl>
      <p className="retry">{e.retryText}</p>
      {r.diagnostic ? (
        <details>
          <summary>{t('diagnostic')}</summary>
          <p className="wire-text" dir="auto">{r.diagnostic}</p>
        </details>
      ) : null}
      {e.providerAction ? (
        <p>
          <PlainRich text={e.providerAction} />
        </p>
      ) : null}
      {e.fixes ? (
        <>
          <h4>{t('fixSender')}</h4>
          <p>
            <PlainRich text={e.fixes.sender} />
          </p>
          <h4>{t('fixAdmin')}</h4>
          <p>
            <PlainRich text={e.fixes.admin} />
          </p>
        </>
      ) : null}
      {notice}
      <p className={styles.share}>
        <a href={e.links.share}>{t('share')}</a> <span className="muted">{t('shareNote')}</span>
      </p>
    </article>
  );
}

function MaybeLink({ href, children }: { href: string | null; children: ReactNode }) {
  return href ? <a href={href}>{children}</a> : <>{children}</>;
}
