'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import styles from './LanguageSwitcher.module.css';

type Option = { readonly locale: string; readonly name: string };

/**
 * Plain links to the same page in every locale, so it works without JavaScript; with JavaScript the
 * current #section is carried over. Client-side only because the not-found page has no params to build
 * its links from, and usePathname gives every page the same way in.
 */
export default function LanguageSwitcher({
  label,
  current,
  options,
}: {
  label: string;
  current: string;
  options: readonly Option[];
}) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[^/]+/, '');
  const keepHash = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.hash = window.location.hash;
  };
  return (
    <nav aria-label={label} className={styles.switcher}>
      <ul>
        {options.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              onClick={keepHash}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
