'use client';

import { lazy, Suspense, useActionState, useState, type FormEvent } from 'react';
import { decodeOnServer, type DecoderState } from './actions';
import type { DecoderLabels } from './DecodedCard';
import styles from './Decoder.module.css';

// Loaded on first use, so the page itself ships almost no JavaScript.
const DecodedCard = lazy(() => import('./DecodedCard'));

type Sample = { readonly id: string; readonly label: string; readonly text: string };

/**
 * Decodes in the browser: the pasted text never leaves it. The form also works without JavaScript,
 * by posting to a server action that decodes in memory (see actions.ts).
 */
export default function DecoderForm({ locale, labels, samples }: { locale: string; labels: DecoderLabels; samples: readonly Sample[] }) {
  // The permalink is where the form posts before JavaScript runs: without it React writes action="",
  // which is invalid HTML (an action must be a non-empty URL).
  const [serverState, formAction] = useActionState(decodeOnServer, { status: 'idle' } as DecoderState, `/${locale}/smtp/decode`);
  const [local, setLocal] = useState<DecoderState | null>(null);
  const [text, setText] = useState('');
  const state = local ?? serverState;

  async function decodeHere(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const [{ decodeBounce }, { inputProblem }] = await Promise.all([import('@/lib/decoder'), import('@/lib/decoder/input')]);
    const bytes = new TextEncoder().encode(text);
    const problem = inputProblem(bytes);
    if (problem) return setLocal({ status: 'error', problem });
    // Only the locale goes over the network: the words for the explanation, the same for everyone.
    const [result, texts] = await Promise.all([
      decodeBounce(bytes),
      fetch(`/api/v1/texts/${locale}`).then((r) => r.json()),
    ]);
    setLocal({ status: 'decoded', result, texts });
  }

  return (
    <>
      <form action={formAction} onSubmit={decodeHere} className={`${styles.form} decoder-form`}>
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="bounce">{labels.label}</label>
        <textarea
          id="bounce"
          name="text"
          rows={14}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className={`${styles.actions} decoder-actions`}>
          <button type="submit">{labels.submit}</button>
          <span className="muted">{labels.samplesTitle}:</span>
          {samples.map((sample) => (
            <button key={sample.id} type="button" className={`${styles.secondary} secondary`} onClick={() => setText(sample.text)}>
              {sample.label}
            </button>
          ))}
        </div>
      </form>
      {/* The live region is always there (so the result is announced); the section exists with its heading. */}
      <div aria-live="polite" className="decoder-results">
        {state.status === 'error' ? <p role="alert">{labels.errors[state.problem]}</p> : null}
        {state.status === 'decoded' ? (
          <section aria-labelledby="results">
            <h2 id="results">{labels.resultsTitle}</h2>
            <p className="muted">
              {labels.recognised.replace('{kind}', labels.kinds[state.result.kind])}
              {state.result.reporter ? ` · ${labels.reporter.replace('{reporter}', state.result.reporter)}` : null}
            </p>
            {state.result.recipients.length === 0 ? <p>{labels.nothingFound}</p> : null}
            <Suspense>
              {state.result.recipients.map((recipient, i) => (
                <DecodedCard key={i} recipient={recipient} texts={state.texts} labels={labels} locale={locale} />
              ))}
            </Suspense>
          </section>
        ) : null}
      </div>
    </>
  );
}
