'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useHydrated } from './useHydrated';

/**
 * Copies `text`; where the clipboard is refused (plain http, permissions) it selects the field `target`
 * so that the reader can copy it by hand. Shown only once JavaScript runs: without it the text stays
 * selectable and a button would do nothing.
 */
export default function CopyButton({ text, target }: { text: string; target: string }) {
  const t = useTranslations('CopyButton');
  const ready = useHydrated();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (!ready) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      const field = document.getElementById(target);
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
      setStatus('failed');
    }
  };
  return (
    <p>
      <button type="button" onClick={copy}>
        {t('copy')}
      </button>{' '}
      <span role="status">{status === 'idle' ? '' : t(status)}</span>
    </p>
  );
}
