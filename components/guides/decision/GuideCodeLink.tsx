import { useLocale, useTranslations } from 'next-intl';
import { codeTexts, providerMessageTexts } from '@/lib/code-texts';
import { classOf } from '@/lib/codes';
import { guideCodePage, type GuideCode } from '@/lib/guide';
import { codePath } from '@/lib/urls';
import { providerName } from '@/lib/providers';

/** A code the guide points to, with its name and one-line summary (a provider's code: the provider's name). */
import links from '@/components/code/CodeLinks.module.css';
export default function GuideCodeLink({ code }: { code: GuideCode }) {
  const t = useTranslations();
  const locale = useLocale();
  const page = guideCodePage(code);
  // The guide's test checks that every code it names has a page; this branch only keeps the types honest.
  if (!page) return <code>{code}</code>;
  const [name, summary] =
    'provider' in page
      ? [providerName(page.provider), providerMessageTexts(t, page.messages[0]!.id).text('meaning')]
      : [codeTexts(t, page).text('name'), codeTexts(t, page).text('summary')];
  return (
    <>
      <a href={codePath(locale, page)} className={`${links.link} class-${classOf(page)}`}>
        <span className={links.number}>{code}</span> {name}
      </a>
      <span className={links.summary}>{summary}</span>
    </>
  );
}
