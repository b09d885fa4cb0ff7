import { useTranslations } from 'next-intl';
import StaleNotice from '@/components/site/StaleNotice';
import { codeTexts, type CodeField } from '@/lib/code-texts';
import { textsKey } from '@/lib/codes';
import type { EnhancedCode } from '@/lib/enhanced-codes';
import type { ReplyCode } from '@/lib/reply-codes';
import { codeSectionAnchor, codeSectionPath, type CodeSectionId, type ComparedPair } from '@/lib/urls';

type Props = {
  code: ReplyCode | EnhancedCode;
  /** The comparison the sections sit on, one side each: anchors then carry the code's slug, headings go a level down. */
  pair?: ComparedPair;
};

/** Description, when you see it, how to fix it: the body of a code, shared by code and comparison pages. */
export default function CodeSections({ code, pair }: Props) {
  const t = useTranslations('CodePage');
  const texts = codeTexts(useTranslations(), code);
  const [H, Sub] = pair ? (['h3', 'h4'] as const) : (['h2', 'h3'] as const);
  const id = (section: CodeSectionId) => codeSectionAnchor(code, section, pair);
  // On a code page each part is a named region. Nested in a code's own section (comparison pages) it is
  // not: the landmark list would otherwise hold "What it means" twice, with nothing to tell them apart.
  const region = (section: CodeSectionId) => (pair ? {} : { 'aria-labelledby': id(section) });
  const body = (field: CodeField, section: CodeSectionId) => (
    <>
      <p>{texts.rich(field)}</p>
      <CodeSectionStaleNotice code={code} field={field} section={section} pair={pair} />
    </>
  );
  return (
    <>
      <section {...region('description')}>
        <H id={id('description')}>{t('descriptionTitle')}</H>
        {body('description', 'description')}
      </section>
      <section {...region('when')}>
        <H id={id('when')}>{t('whenTitle')}</H>
        {body('whenYouSee', 'when')}
      </section>
      <section {...region('fix')}>
        <H id={id('fix')}>{t('fixTitle')}</H>
        <Sub id={id('fix-sender')}>{t('fixSenderTitle')}</Sub>
        {body('fixSender', 'fix-sender')}
        <Sub id={id('fix-admin')}>{t('fixAdminTitle')}</Sub>
        {body('fixAdmin', 'fix-admin')}
      </section>
    </>
  );
}

/** The notice under one of a code's texts when its translation is older than its English: links that section in English. */
export function CodeSectionStaleNotice({ code, field, section, pair }: { code: ReplyCode | EnhancedCode; field: CodeField; section: CodeSectionId; pair?: ComparedPair }) {
  return <StaleNotice messageKeys={[`${textsKey(code)}.${field}`]} english={codeSectionPath('en', code, section, pair)} />;
}
