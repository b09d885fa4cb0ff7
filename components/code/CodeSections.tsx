import { useTranslations } from 'next-intl';
import { richTags } from '@/lib/rich';

type Props = {
  /** Message namespace holding description, whenYouSee, fixSender and fixAdmin ("codes.550", "enhanced.1.1"). */
  texts: string;
  /** Prefix for section anchors, so two codes can share a comparison page. */
  idPrefix?: string;
  headingLevel?: 'h2' | 'h3';
};

/** Description, when you see it, how to fix it: the body of a code, shared by code and comparison pages. */
export default function CodeSections({ texts, idPrefix = '', headingLevel: H = 'h2' }: Props) {
  const t = useTranslations('CodePage');
  const tCode = useTranslations(texts);
  const Sub = H === 'h2' ? 'h3' : 'h4';
  // On a code page each part is a named region. Nested in a code's own section (comparison pages) it is
  // not: the landmark list would otherwise hold "What it means" twice, with nothing to tell them apart.
  const region = (id: string) => (H === 'h2' ? { 'aria-labelledby': id } : {});
  return (
    <>
      <section {...region(`${idPrefix}description`)}>
        <H id={`${idPrefix}description`}>{t('descriptionTitle')}</H>
        <p>{tCode.rich('description', richTags)}</p>
      </section>
      <section {...region(`${idPrefix}when`)}>
        <H id={`${idPrefix}when`}>{t('whenTitle')}</H>
        <p>{tCode.rich('whenYouSee', richTags)}</p>
      </section>
      <section {...region(`${idPrefix}fix`)}>
        <H id={`${idPrefix}fix`}>{t('fixTitle')}</H>
        <Sub id={`${idPrefix}fix-sender`}>{t('fixSenderTitle')}</Sub>
        <p>{tCode.rich('fixSender', richTags)}</p>
        <Sub id={`${idPrefix}fix-admin`}>{t('fixAdminTitle')}</Sub>
        <p>{tCode.rich('fixAdmin', richTags)}</p>
      </section>
    </>
  );
}
