import NotFoundPage from '@/components/site/NotFoundPage';

// Renders for notFound() anywhere under a locale that has no closer not-found page.
export default function LocaleNotFound() {
  return <NotFoundPage />;
}
