import type { DecodedRecipient } from '@/lib/decoder/types';
import type { DecoderTexts } from '@/lib/decoder/texts';
import { entryIdOf, getEnhancedCode } from '@/lib/enhanced-codes';
import { PROVIDERS } from '@/data/providers';
import PlainRich from '@/components/site/PlainRich';
import styles from './Decoder.module.css';

export type DecoderLabels = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * One recipient of a decoded bounce: what happened, why, and what to do. No hooks and no i18n runtime,
 * so the same card renders on the server (no-JavaScript path, shared links) and in the browser.
 */
export default function DecodedCard({
  recipient: r,
  texts,
  labels: l,
  locale,
}: {
  recipient: DecodedRecipient;
  texts: DecoderTexts;
  labels: DecoderLabels;
  locale: string;
}) {
  const enhancedKey = r.enhancedCode ? entryIdOf(r.enhancedCode)?.slice(2) : undefined;
  const enhanced = enhancedKey ? texts.enhanced[enhancedKey] : undefined;
  const reply = r.replyCode !== null ? texts.codes[String(r.replyCode)] : undefined;
  const provider = r.providerEntry ? texts.providerMessages[r.providerEntry] : undefined;
  const reason = texts.reasons[r.reason];
  const advice = enhanced ?? reply;
  const enhancedPage = r.enhancedCode && getEnhancedCode(r.enhancedCode) ? `/${locale}/smtp/${r.enhancedCode}` : null;
  const share = new URLSearchParams();
  if (r.replyCode !== null) share.set('reply', String(r.replyCode));
  if (r.enhancedCode) share.set('enhanced', r.enhancedCode);
  share.set('reason', r.reason);
  if (r.providerEntry) share.set('entry', r.providerEntry);
  if (r.action) share.set('action', r.action);
  const kind = r.hardBounce === null ? 'none' : r.hardBounce ? 'hard' : 'soft';
  return (
    <article className={`${styles.card} decoded-card class-${r.replyCode ? String(r.replyCode)[0] : (r.enhancedCode?.[0] ?? '0')}`}>
      <h3>{r.address ?? l.unknownRecipient}</h3>
      <p className="lead">
        <strong>{reason?.name}</strong>
        {provider ? ': ' : null}
        {provider ? <PlainRich text={provider.meaning} /> : null}
      </p>
      {!provider && reason ? <p>{reason.explanation}</p> : null}
      <dl className="facts">
        <dt>{l.action}</dt>
        <dd>{l.actions[r.action ?? 'none']}</dd>
        {r.replyCode !== null ? (
          <>
            <dt>{l.replyCode}</dt>
            <dd>
              <a href={`/${locale}/smtp/${r.replyCode}`}>
                {r.replyCode} {reply?.name}
              </a>
            </dd>
          </>
        ) : null}
        {r.enhancedCode ? (
          <>
            <dt>{l.enhancedCode}</dt>
            <dd>
              {enhancedPage ? (
                <a href={enhancedPage}>
                  {r.enhancedCode} {enhanced?.name}
                </a>
              ) : (
                r.enhancedCode
              )}
            </dd>
          </>
        ) : null}
        {r.command ? (
          <>
            <dt>{l.command}</dt>
            <dd>
              <code>{r.command}</code>
            </dd>
          </>
        ) : null}
        {r.remoteMta ? (
          <>
            <dt>{l.remoteMta}</dt>
            <dd>{r.remoteMta}</dd>
          </>
        ) : null}
        {r.providerEntry ? (
          <>
            <dt>{l.provider}</dt>
            <dd>{enhancedPage ? <a href={`${enhancedPage}#${r.providerEntry}`}>{providerNameOf(r)}</a> : providerNameOf(r)}</dd>
          </>
        ) : null}
        <dt>{l.reason}</dt>
        <dd>
          {reason?.name} · {l.bounce[kind]}
        </dd>
      </dl>
      <p className="retry">{l.retry[r.retry]}</p>
      {r.diagnostic ? (
        <details>
          <summary>{l.diagnostic}</summary>
          <p className="wire-text">{r.diagnostic}</p>
        </details>
      ) : null}
      {provider ? (
        <p>
          <PlainRich text={provider.action} />
        </p>
      ) : null}
      {advice && r.hardBounce !== null ? (
        <>
          <h4>{l.fixSender}</h4>
          <p>
            <PlainRich text={advice.fixSender} />
          </p>
          <h4>{l.fixAdmin}</h4>
          <p>
            <PlainRich text={advice.fixAdmin} />
          </p>
        </>
      ) : null}
      <p className={styles.share}>
        <a href={`/${locale}/smtp/decode/explain?${share.toString()}`}>{l.share}</a> <span className="muted">{l.shareNote}</span>
      </p>
    </article>
  );
}

function providerNameOf(r: DecodedRecipient): string {
  return r.provider ? PROVIDERS[r.provider].name : '';
}
