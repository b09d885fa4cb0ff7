import NotFoundView from '@/components/NotFoundView';

// Renders for notFound() anywhere under a locale that has no closer not-found page.
export default function LocaleNotFound() {
  return <NotFoundView />;
}
