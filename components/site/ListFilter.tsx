import ClientMessages from './ClientMessages';
import ListFilterInput from './ListFilterInput';

/** A filter box for the list with id `target` (see ListFilterInput). */
export default function ListFilter({ target }: { target: string }) {
  return (
    <ClientMessages namespaces={['ListFilter']}>
      <ListFilterInput target={target} />
    </ClientMessages>
  );
}
