import { getRequestConfig } from 'next-intl/server';
import { loadMessages } from '@/lib/messages';
import { isLocale } from './locales';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // isLocale, not routing.locales: the pseudo-locale is served too, though never negotiated.
  const locale = requested && isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
  };
});
