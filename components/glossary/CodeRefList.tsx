import { useLocale, useTranslations } from 'next-intl';
import { classOf, codeLabel } from '@/lib/codes';
import { codeTexts } from '@/lib/code-texts';
import { linkedCode, type GlossaryCode } from '@/lib/glossary';
import { providerName } from '@/lib/providers';
import { codePath } from '@/lib/urls';
import links from '@/components/code/CodeLinks.module.css';

/** Codes a term or a guide step names, each as "550 Mailbox unavailable" linking to its page. */
export default function CodeRefList({ codes }: { codes: readonly GlossaryCode[] }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <ul className={links.related}>
      {codes.map((code) => {
        const page = linkedCode(code);
        // Tests prove every named code has a page; this branch only keeps the types honest.
        if (!page) return null;
        const name = 'provider' in page ? providerName(page.provider) : codeTexts(t, page).text('name');
        return (
          <li key={String(code)}>
            <a href={codePath(locale, page)} className={`${links.link} class-${classOf(page)}`}>
              <span className={links.number}>{codeLabel(page)}</span>
              {` ${name}`}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
