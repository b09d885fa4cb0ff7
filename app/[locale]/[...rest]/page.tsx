import { notFound } from 'next/navigation';

// Any unknown path under a locale: answer with the localized 404 page.
export default function CatchAll() {
  notFound();
}
