import { NextIntlClientProvider, useLocale, useMessages, type Messages } from 'next-intl';
import type { ReactNode } from 'react';

/**
 * Gives the client components inside it only the message namespaces they read: whatever a client
 * component receives is repeated in the page's inline payload.
 */
export default function ClientMessages({ namespaces, children }: { namespaces: readonly (keyof Messages)[]; children: ReactNode }) {
  const messages = useMessages();
  return (
    <NextIntlClientProvider locale={useLocale()} messages={Object.fromEntries(namespaces.map((n) => [n, messages[n]]))}>
      {children}
    </NextIntlClientProvider>
  );
}
