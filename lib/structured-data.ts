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

/** A glossary entry; `set` is the glossary index, which the entry belongs to. */
export function glossaryTerm(args: {
  locale: Locale;
  path: string;
  name: string;
  description: string;
  set: Crumb;
  crumbs: readonly Crumb[];
}) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'DefinedTerm',
        '@id': absoluteUrl(args.path),
        name: args.name,
        description: args.description,
        inLanguage: args.locale,
        url: absoluteUrl(args.path),
        inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': absoluteUrl(args.set.path), name: args.set.name, url: absoluteUrl(args.set.path) },
      },
      breadcrumbList(args.crumbs),
    ],
  };
}

/** A guide: a TechArticle whose steps are its sections, dated by when its facts were last checked. */
export function guideArticle(args: {
  locale: Locale;
  path: string;
  headline: string;
  description: string;
  dateModified: string;
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
        dateModified: args.dateModified,
      },
      breadcrumbList(args.crumbs),
    ],
  };
}

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
      breadcrumbList(args.crumbs),
    ],
  };
}
