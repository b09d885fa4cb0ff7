import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import ReplyCodePage from '@/components/code/ReplyCodePage';
import ReplyComparisonPage from '@/components/compare/ReplyComparisonPage';
import EnhancedComparisonPage from '@/components/compare/EnhancedComparisonPage';
import EnhancedCodePage from '@/components/enhanced/EnhancedCodePage';
import ProviderCodePage from '@/components/provider/ProviderCodePage';
import type { Locale } from '@/i18n/locales';
import { alternatesFor } from '@/lib/urls';
import { codeTexts, providerMessageTexts } from '@/lib/code-texts';
import { codeLabel } from '@/lib/codes';
import { providerName } from '@/lib/providers';
import { canonicalSlug, parseSlug, type CodeSlug } from '@/lib/slug';

async function titles(locale: Locale, parsed: CodeSlug): Promise<{ title: string; description: string }> {
  const t = await getTranslations({ locale });
  switch (parsed.kind) {
    case 'code': {
      const texts = codeTexts(t, parsed.code);
      return {
        title: t('CodePage.metaTitle', { code: parsed.code.code, name: texts.text('name') }),
        description: texts.text('summary'),
      };
    }
    case 'enhanced': {
      const texts = codeTexts(t, parsed.code);
      return {
        title: t('EnhancedPage.metaTitle', { code: parsed.code.id, name: texts.text('name') }),
        description: texts.text('summary'),
      };
    }
    case 'provider-code': {
      const { code } = parsed;
      return {
        title: t('ProviderCodePage.metaTitle', { code: codeLabel(code), provider: providerName(code.provider) }),
        description: providerMessageTexts(t, code.messages[0]!.id).text('meaning'),
      };
    }
    case 'pair':
    case 'enhanced-pair': {
      const nameOf = (c: (typeof parsed)['a']) => codeTexts(t, c).text('name');
      const names = { a: codeLabel(parsed.a), nameA: nameOf(parsed.a), b: codeLabel(parsed.b), nameB: nameOf(parsed.b) };
      return { title: t('Comparison.metaTitle', names), description: t('Comparison.metaDescription', names) };
    }
  }
}

/** The metadata of /{locale}/smtp/{slug}, whichever route renders it. */
export async function codeSlugMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const parsed = parseSlug(slug);
  if (!parsed) return {};
  const { title, description } = await titles(locale, parsed);
  const slugPath = canonicalSlug(parsed);
  return {
    title: { absolute: title },
    description,
    alternates: alternatesFor(locale, `/smtp/${slugPath}`),
    openGraph: {
      images: [{ url: `/og/${locale}/${slugPath}`, width: 1200, height: 630, alt: title }],
      title,
      description,
      locale,
      type: 'article',
    },
    twitter: { card: 'summary_large_image' },
  };
}

/** The body of /{locale}/smtp/{slug}: a code, a provider code or a comparison. */
export default function CodeSlugPage({ slug }: { slug: string }) {
  // The proxy redirects non-canonical slugs (308) and answers unknown ones with the missing page (404),
  // so notFound() is only a safety net here.
  const parsed = parseSlug(slug);
  if (!parsed) notFound();
  switch (parsed.kind) {
    case 'code':
      return <ReplyCodePage code={parsed.code} />;
    case 'pair':
      return <ReplyComparisonPage pair={parsed} />;
    case 'enhanced':
      return <EnhancedCodePage code={parsed.code} />;
    case 'enhanced-pair':
      return <EnhancedComparisonPage pair={parsed} />;
    case 'provider-code':
      return <ProviderCodePage code={parsed.code} />;
  }
}
