import { useTranslations } from 'next-intl';
import { richTags } from '@/lib/rich';
import type { ReplyCode } from '@/lib/reply-codes';

export default function CustomerText({ code }: { code: ReplyCode }) {
  const t = useTranslations('CodePage');
  const tCode = useTranslations(`codes.${code.code}`);
  return (
    <section aria-labelledby="customer">
      <h2 id="customer">{t('customerTitle')}</h2>
      <p className="muted">{t('customerLead')}</p>
      <blockquote className="customer-text">
        <p>{tCode.rich('customer', richTags)}</p>
      </blockquote>
    </section>
  );
}
