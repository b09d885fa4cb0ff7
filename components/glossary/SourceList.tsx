import type { Source } from '@/lib/glossary';
import styles from './Glossary.module.css';

/** Where the facts of a page were checked: each address shown as it is, since it is not translated. */
export default function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className={styles.sources}>
      {sources.map((source) => (
        <li key={source}>
          <a href={source}>{shortUrl(source)}</a>
        </li>
      ))}
    </ul>
  );
}

function shortUrl(source: Source): string {
  const url = new URL(source);
  return decodeURI(`${url.host}${url.pathname}${url.hash}`).replace(/\/$/, '');
}
