import { useTranslations } from 'next-intl';
import { codeLabel } from '@/lib/codes';
import type { EnhancedCode } from '@/lib/enhanced-codes';
import type { ReplyCode } from '@/lib/reply-codes';
import { slugOf } from '@/lib/urls';
import ClientMessages from '@/components/site/ClientMessages';
import ShareTools from './ShareTools';

/** The handoff box of a code page; every code page has these sections (see CodeSections, CustomerText). */
export default function CodeShare({ code }: { code: ReplyCode | EnhancedCode }) {
  // The page's own headings, so that the section list reads as the page does.
  const tPage = useTranslations('CodePage');
  const sections = [
    { id: 'description', label: tPage('descriptionTitle') },
    { id: 'when', label: tPage('whenTitle') },
    { id: 'fix', label: tPage('fixTitle') },
    { id: 'customer', label: tPage('customerTitle') },
  ];
  return (
    <ClientMessages namespaces={['Share']}>
      <ShareTools code={codeLabel(code)} slug={slugOf(code)} sections={sections} />
    </ClientMessages>
  );
}
