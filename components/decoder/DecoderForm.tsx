'use client';

import { useLocale, useMessages, useTranslations } from 'next-intl';
import { lazy, Suspense, useActionState, useState, type FormEvent } from 'react';
import StaleNoticeText from '@/components/site/StaleNoticeText';
import type { DecoderTexts } from '@/lib/decoder/explanation-messages';
import { decoderPath, decoderTextsPath } from '@/lib/urls';
import { decodeOnServer, type DecoderState } from './actions';
import styles from './Decoder.module.css';

// Loaded on first use, so the page itself ships almost no JavaScript.
const DecodedCard = lazy(() => import('./DecodedCard'));

type Sample = { readonly id: string; readonly label: string; readonly text: string };

/**
 * Decodes in the browser: the pasted text never leaves it. The form also works without JavaScript,
 * by posting to a server action that decodes in memory (see actions.ts).
 */
export default function DecoderForm({ samples }: { samples: readonly Sample[] }) {
  const locale = useLocale();
  const t = useTranslations('Decoder');
  const { Decoder } = useMessages();
  // The permalink is where the form posts before JavaScript runs: without it React writes action="",
  // which is invalid HTML (an action must be a non-empty URL).
  const idle: DecoderState = { status: 'idle' };
  const [serverState, formAction] = useActionState(decodeOnServer, idle, decoderPath(locale));
  const [local, setLocal] = useState<DecoderState | null>(null);
  const [text, setText] = useState('');
  const state = local ?? serverState;

  async function decodeHere(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const [{ decodeBounce }, { inputProblem }, { explanationTranslator }, { explainMarkingStale }] = await Promise.all([
      import('@/lib/decoder'),
      import('@/lib/decoder/input'),
      import('@/lib/decoder/explain'),
      import('@/lib/decoder/explanation-keys'),
    ]);
    const bytes = new TextEncoder().encode(text);
    const problem = inputProblem(bytes);
    if (problem) return setLocal({ status: 'error', problem });
    // Only the locale goes over the network: the words for the explanation, the same for everyone.
    const [result, { texts, stale }] = await Promise.all([
      decodeBounce(bytes),
      fetch(decoderTextsPath(locale)).then((r): Promise<DecoderTexts> => r.json()),
    ]);
    const translate = explanationTranslator(locale, { Decoder, ...texts });
    const staleKeys = new Set(stale);
    const explained = result.recipients.map((recipient) => explainMarkingStale(recipient, translate, locale, staleKeys));
    setLocal({ status: 'decoded', result, explained });
  }

  return (
    <>
      <form action={formAction} onSubmit={decodeHere} className={`${styles.form} decoder-form`}>
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="bounce">{t('label')}</label>
        <textarea
          id="bounce"
          name="text"
          rows={14}
          // A bounce may be in any language and script: each line takes the direction of its own first letters.
          dir="auto"
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className={`${styles.actions} decoder-actions`}>
          <button type="submit">{t('submit')}</button>
          <span className="muted">{t('samplesTitle')}:</span>
          {samples.map((sample) => (
            <button key={sample.id} type="button" className={`${styles.secondary} secondary`} onClick={() => setText(sample.text)}>
              {sample.label}
            </button>
          ))}
        </div>
      </form>
      {/* The live region is always there (so the result is announced); the section exists with its heading. */}
      <div aria-live="polite" className="decoder-results">
        {state.status === 'error' ? <p role="alert">{t(`errors.${state.problem}`)}</p> : null}
        {state.status === 'decoded' ? (
          <section aria-labelledby="results">
            <h2 id="results">{t('resultsTitle')}</h2>
            <p className="muted">
              {t('recognised', { kind: t(`kinds.${state.result.kind}`) })}
              {state.result.reporter ? ` · ${t('reporter', { reporter: state.result.reporter })}` : null}
            </p>
            {state.explained.length === 0 ? <p>{t('nothingFound')}</p> : null}
            <Suspense>
              {state.explained.map(({ recipient, explanation, english }, i) => (
                <DecodedCard key={i} recipient={recipient} explanation={explanation} notice={english ? <StaleNoticeText english={english} /> : null} />
              ))}
            </Suspense>
          </section>
        ) : null}
      </div>
    </>
  );
}
