import { useLocale, useTranslations } from 'next-intl';
import type { GuideCode } from '@/data/guide';
import type { Locale } from '@/i18n/locales';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { codePath, smtpPath } from '@/lib/urls';
import { findProviderCode, providerName } from '@/lib/providers';
import { getReplyCode } from '@/lib/reply-codes';
import { enhancedTexts } from '@/components/enhanced/EnhancedCodePage';
import links from '@/components/code/CodeLinks.module.css';

/** A code's page, with the message keys of its name and summary (or the provider's name, which is not translated). */
function pageOf(locale: Locale, code: GuideCode) {
  if (typeof code === 'number') {
    const reply = getReplyCode(code);
    return reply && { href: codePath(locale, reply), name: `codes.${code}.name`, summary: `codes.${code}.summary` };
  }
  const enhanced = getEnhancedCode(code);
  if (enhanced) {
    const texts = enhancedTexts(enhanced);
    return { href: smtpPath(locale, code), name: `${texts}.name`, summary: `${texts}.summary` };
  }
  const provider = findProviderCode(code)?.code;
  return (
    provider && {
      href: smtpPath(locale, provider.slug),
      provider: providerName(provider.provider),
      summary: `providerMessages.${provider.messages[0]!.id}.meaning`,
    }
  );
}

/** A code the guide points to, with its name and one-line summary. */
export default function GuideCodeLink({ code }: { code: GuideCode }) {
  const t = useTranslations();
  const locale = useLocale();
  const page = pageOf(locale, code);
  // The guide's test checks that every code it names has a page; this branch only keeps the types honest.
  if (!page) return <code>{code}</code>;
  return (
    <>
      <a href={page.href} className={`${links.link} class-${String(code)[0]}`}>
        <span className={links.number}>{code}</span> {'provider' in page ? page.provider : t(page.name)}
      </a>
      <span className={links.summary}>{t(page.summary)}</span>
    </>
  );
}
