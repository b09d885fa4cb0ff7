import { useLocale, useTranslations } from 'next-intl';
import { homePath } from '@/lib/urls';

export default function NotFoundPage() {
  const t = useTranslations('NotFound');
  const locale = useLocale();
  return (
    <div className="not-found">
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <p>
        <a href={`${homePath(locale)}#codes`}>{t('home')}</a>
      </p>
    </div>
  );
}
