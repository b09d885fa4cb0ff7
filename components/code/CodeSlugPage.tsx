import { notFound } from 'next/navigation';
import ReplyCodePage from '@/components/code/ReplyCodePage';
import ReplyComparisonPage from '@/components/compare/ReplyComparisonPage';
import EnhancedComparisonPage from '@/components/compare/EnhancedComparisonPage';
import EnhancedCodePage from '@/components/enhanced/EnhancedCodePage';
import ProviderCodePage from '@/components/provider/ProviderCodePage';
import { parseSlug } from '@/lib/slug';

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
