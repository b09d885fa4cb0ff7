/** Message files for code that runs outside a page (API routes, the command line). */
import type { Locale } from '@/i18n/locales';

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  return (await import(`../messages/${locale}.json`)).default;
}
