import { setRequestLocale } from 'next-intl/server';
import { use, type ReactNode } from 'react';
import SiteFooter from '@/components/site/SiteFooter';
import SiteHeader from '@/components/site/SiteHeader';
import { localeOf } from '@/i18n/params';
import { languageScriptFile } from '@/lib/language-script-file';

// The site's chrome; embeds (app/[locale]/embed) render without it.
export default function SiteLayout({ children, params }: LayoutProps<'/[locale]'>) {
  // Every layout sets the locale itself, or next-intl reads it from the request and pages turn dynamic.
  setRequestLocale(localeOf(use(params)));
  const { src } = use(languageScriptFile());
  return (
    <>
      <SiteHeader />
      <main id="main">{children as ReactNode}</main>
      <SiteFooter />
      {/* The language hint and the switcher's #section (lib/language-script.ts): one small static file, no hydration. */}
      <script src={src} defer />
    </>
  );
}
