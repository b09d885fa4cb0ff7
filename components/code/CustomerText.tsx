import { useTranslations } from 'next-intl';
import { codeTexts } from '@/lib/code-texts';
import { CodeSectionStaleNotice } from './CodeSections';
import styles from './CustomerText.module.css';
import type { EnhancedCode } from '@/lib/enhanced-codes';
import type { ReplyCode } from '@/lib/reply-codes';

/** What the reader can tell their own customer about the code. */
export default function CustomerText({ code }: { code: ReplyCode | EnhancedCode }) {
  const t = useTranslations('CodePage');
  const texts = codeTexts(useTranslations(), code);
  return (
    <section aria-labelledby="customer">
      <h2 id="customer">{t('customerTitle')}</h2>
      <p className="muted">{t('customerLead')}</p>
      <blockquote className={styles.quote}>
        <p>{texts.rich('customer')}</p>
      </blockquote>
      <CodeSectionStaleNotice code={code} field="customer" section="customer" />
    </section>
  );
}
