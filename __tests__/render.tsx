import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement } from 'react';
import type { Locale } from '@/i18n/locales';
import type en from '@/messages/en.json';

/** Every locale's file has the English file's shape (__tests__/messages.test.ts proves it). */
export type Messages = typeof en;

const loaded = new Map<Locale, Messages>();

export function messagesOf(locale: Locale): Messages {
  if (!loaded.has(locale)) loaded.set(locale, JSON.parse(readFileSync(join(__dirname, '..', 'messages', `${locale}.json`), 'utf8')));
  return loaded.get(locale)!;
}

/** Renders a component as the site would in `locale`; a missing message fails the test instead of showing its key. */
export function renderIn(locale: Locale, ui: ReactElement) {
  return render(
    <NextIntlClientProvider
      locale={locale}
      messages={messagesOf(locale)}
      timeZone="UTC"
      onError={(error) => {
        throw error;
      }}
    >
      {ui}
    </NextIntlClientProvider>,
  );
}
