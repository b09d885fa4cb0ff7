import { notFound } from 'next/navigation';

// Safety net for unknown paths under a locale; the proxy normally answers them with the missing page.
export default function CatchAll() {
  notFound();
}
