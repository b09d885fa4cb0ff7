import { useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import type { EnhancedCode } from '@/lib/enhanced-codes';
import type { ReplyCode } from '@/lib/reply-codes';

type Props = {
  code: ReplyCode | EnhancedCode;
  /** Prefix for section anchors, so two codes can share a comparison page. */
  idPrefix?: string;
  headingLevel?: 'h2' | 'h3';
};

/** Description, when you see it, how to fix it: the body of a code, shared by code and comparison pages. */
export default function CodeSections({ code, idPrefix = '', headingLevel: H = 'h2' }: Props) {
  const t = useTranslations('CodePage');
  const texts = codeTexts(useTranslations(), code);
  const Sub = H === 'h2' ? 'h3' : 'h4';
  // On a code page each part is a named region. Nested in a code's own section (comparison pages) it is
  // not: the landmark list would otherwise hold "What it means" twice, with nothing to tell them apart.
  const region = (id: string) => (H === 'h2' ? { 'aria-labelledby': id } : {});
  return (
    <>
      <section {...region(`${idPrefix}description`)}>
        <H id={`${idPrefix}description`}>{t('descriptionTitle')}</H>
        <p>{texts.rich('description')}</p>
      </section>
      <section {...region(`${idPrefix}when`)}>
        <H id={`${idPrefix}when`}>{t('whenTitle')}</H>
        <p>{texts.rich('whenYouSee')}</p>
      </section>
      <section {...region(`${idPrefix}fix`)}>
        <H id={`${idPrefix}fix`}>{t('fixTitle')}</H>
        <Sub id={`${idPrefix}fix-sender`}>{t('fixSenderTitle')}</Sub>
        <p>{texts.rich('fixSender')}</p>
        <Sub id={`${idPrefix}fix-admin`}>{t('fixAdminTitle')}</Sub>
        <p>{texts.rich('fixAdmin')}</p>
      </section>
    </>
  );
}
