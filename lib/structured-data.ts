/** schema.org descriptions of code pages: a TechArticle about a DefinedTerm, plus its breadcrumb trail. */
import type { Locale } from '@/i18n/locales';
import { absoluteUrl, homePath } from './urls';

type Crumb = { name: string; path: string };

export function codeArticle(args: {
  locale: Locale;
  path: string;
  headline: string;
  description: string;
  term: string;
  termDescription: string;
  crumbs: readonly Crumb[];
}) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'TechArticle',
        headline: args.headline,
        description: args.description,
        inLanguage: args.locale,
        url: absoluteUrl(args.path),
        about: {
          '@type': 'DefinedTerm',
          name: args.term,
          // The article's description already says it when the two are the same text.
          ...(args.termDescription !== args.description && { description: args.termDescription }),
          inDefinedTermSet: absoluteUrl(homePath(args.locale)),
        },
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: args.crumbs.map((crumb, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          name: crumb.name,
          item: absoluteUrl(crumb.path),
        })),
      },
    ],
  };
}
