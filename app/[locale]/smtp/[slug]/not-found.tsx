import NotFoundView from '@/components/NotFoundView';

export default function CodeNotFound() {
  return <NotFoundView />;
}
