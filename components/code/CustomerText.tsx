import { useTranslations } from 'next-intl';
import { richTags } from '@/lib/rich';
import styles from './CustomerText.module.css';

/** `texts`: the message namespace holding `customer` ("codes.550", "enhanced.1.1"). */
export default function CustomerText({ texts }: { texts: string }) {
  const t = useTranslations('CodePage');
  const tCode = useTranslations(texts);
  return (
    <section aria-labelledby="customer">
      <h2 id="customer">{t('customerTitle')}</h2>
      <p className="muted">{t('customerLead')}</p>
      <blockquote className={styles.quote}>
        <p>{tCode.rich('customer', richTags)}</p>
      </blockquote>
    </section>
  );
}
