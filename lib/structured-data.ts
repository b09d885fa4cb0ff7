/** schema.org descriptions of code pages: a TechArticle about a DefinedTerm, plus its breadcrumb trail. */
import { SITE_URL } from './urls';

type Crumb = { name: string; path: string };

export function codeArticle(args: {
  locale: string;
  path: string;
  headline: string;
  description: string;
  term: string;
  termDescription: string;
  crumbs: readonly Crumb[];
}) {
  const url = (path: string) => new URL(path, SITE_URL).toString();
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'TechArticle',
        headline: args.headline,
        description: args.description,
        inLanguage: args.locale,
        url: url(args.path),
        about: {
          '@type': 'DefinedTerm',
          name: args.term,
          // The article's description already says it when the two are the same text.
          ...(args.termDescription !== args.description && { description: args.termDescription }),
          inDefinedTermSet: url(`/${args.locale}`),
        },
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: args.crumbs.map((crumb, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          name: crumb.name,
          item: url(crumb.path),
        })),
      },
    ],
  };
}
