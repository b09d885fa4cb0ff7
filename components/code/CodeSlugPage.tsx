import { useLocale } from 'next-intl';
import { notFound } from 'next/navigation';
import ReplyCodePage from '@/components/code/ReplyCodePage';
import ReplyComparisonPage from '@/components/compare/ReplyComparisonPage';
import EnhancedComparisonPage from '@/components/compare/EnhancedComparisonPage';
import EnhancedCodePage from '@/components/enhanced/EnhancedCodePage';
import ProviderCodePage from '@/components/provider/ProviderCodePage';
import ReportProblem from '@/components/site/ReportProblem';
import { canonicalSlug, parseSlug, type CodeSlug } from '@/lib/slug';
import { smtpPath } from '@/lib/urls';

/** The body of /{locale}/smtp/{slug}: a code, a provider code or a comparison. */
export default function CodeSlugPage({ slug }: { slug: string }) {
  const locale = useLocale();
  // The proxy redirects non-canonical slugs (308) and answers unknown ones with the missing page (404),
  // so notFound() is only a safety net here.
  const parsed = parseSlug(slug);
  if (!parsed) notFound();
  return (
    <>
      <CodeSlugBody parsed={parsed} />
      <ReportProblem path={smtpPath(locale, canonicalSlug(parsed))} />
    </>
  );
}

function CodeSlugBody({ parsed }: { parsed: CodeSlug }) {
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
