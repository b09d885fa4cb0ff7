import { useLocale, useTranslations } from 'next-intl';
import { homePath } from '@/lib/paths';

export default function Breadcrumbs({ current }: { current: string }) {
  const t = useTranslations('Breadcrumbs');
  const locale = useLocale();
  return (
    <nav aria-label={t('label')} className="breadcrumbs">
      <ol>
        <li>
          <a href={homePath(locale)}>{t('home')}</a>
        </li>
        <li>
          <a href={`${homePath(locale)}#codes`}>{t('smtp')}</a>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
