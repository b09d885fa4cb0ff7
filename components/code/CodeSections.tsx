import { useTranslations } from 'next-intl';
import StaleNotice from '@/components/site/StaleNotice';
import { codeTexts, type CodeField } from '@/lib/code-texts';
import { textsKey } from '@/lib/codes';
import type { EnhancedCode } from '@/lib/enhanced-codes';
import type { ReplyCode } from '@/lib/reply-codes';
import { codeSectionPath, type CodeSectionId } from '@/lib/urls';

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
  const body = (field: CodeField, section: CodeSectionId) => (
    <>
      <p>{texts.rich(field)}</p>
      <CodeSectionStaleNotice code={code} field={field} section={section} />
    </>
  );
  return (
    <>
      <section {...region(`${idPrefix}description`)}>
        <H id={`${idPrefix}description`}>{t('descriptionTitle')}</H>
        {body('description', 'description')}
      </section>
      <section {...region(`${idPrefix}when`)}>
        <H id={`${idPrefix}when`}>{t('whenTitle')}</H>
        {body('whenYouSee', 'when')}
      </section>
      <section {...region(`${idPrefix}fix`)}>
        <H id={`${idPrefix}fix`}>{t('fixTitle')}</H>
        <Sub id={`${idPrefix}fix-sender`}>{t('fixSenderTitle')}</Sub>
        {body('fixSender', 'fix-sender')}
        <Sub id={`${idPrefix}fix-admin`}>{t('fixAdminTitle')}</Sub>
        {body('fixAdmin', 'fix-admin')}
      </section>
    </>
  );
}

/** The notice under one of a code's texts when its translation is older than its English. */
export function CodeSectionStaleNotice({ code, field, section }: { code: ReplyCode | EnhancedCode; field: CodeField; section: CodeSectionId }) {
  return <StaleNotice messageKeys={[`${textsKey(code)}.${field}`]} english={codeSectionPath('en', code, section)} />;
}
