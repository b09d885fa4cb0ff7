/**
 * schema.org descriptions: code pages are a TechArticle about a DefinedTerm, glossary entries a
 * DefinedTerm in the glossary's DefinedTermSet, guides a TechArticle; each with its breadcrumb trail.
 */
import type { Locale } from '@/i18n/locales';
import { absoluteUrl, homePath } from './urls';

type Crumb = { name: string; path: string };

function breadcrumbList(crumbs: readonly Crumb[]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** One page's description: its main node and its breadcrumb trail. */
function graph(node: Record<string, unknown>, crumbs: readonly Crumb[]) {
  return { '@context': 'https://schema.org', '@graph': [node, breadcrumbList(crumbs)] };
}

type ArticleArgs = { locale: Locale; path: string; headline: string; description: string };

function techArticle({ locale, path, headline, description }: ArticleArgs) {
  return { '@type': 'TechArticle', headline, description, inLanguage: locale, url: absoluteUrl(path) };
}

/** A glossary entry; `set` is the glossary index, which the entry belongs to. */
export function glossaryTerm(args: {
  locale: Locale;
  path: string;
  name: string;
  description: string;
  set: Crumb;
  crumbs: readonly Crumb[];
}) {
  return graph(
    {
      '@type': 'DefinedTerm',
      '@id': absoluteUrl(args.path),
      name: args.name,
      description: args.description,
      inLanguage: args.locale,
      url: absoluteUrl(args.path),
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': absoluteUrl(args.set.path), name: args.set.name, url: absoluteUrl(args.set.path) },
    },
    args.crumbs,
  );
}

/** A guide: a TechArticle whose steps are its sections, dated by when its facts were last checked. */
export function guideArticle(args: ArticleArgs & { dateModified: string; crumbs: readonly Crumb[] }) {
  return graph({ ...techArticle(args), dateModified: args.dateModified }, args.crumbs);
}

export function codeArticle(args: ArticleArgs & { term: string; termDescription: string; crumbs: readonly Crumb[] }) {
  return graph(
    {
      ...techArticle(args),
      about: {
        '@type': 'DefinedTerm',
        name: args.term,
        // The article's description already says it when the two are the same text.
        ...(args.termDescription !== args.description && { description: args.termDescription }),
        inDefinedTermSet: absoluteUrl(homePath(args.locale)),
      },
    },
    args.crumbs,
  );
}
