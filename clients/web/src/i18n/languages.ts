/** The storefront's languages, first the default; shared by the server (routing) and the pages. */
export const languages = ['fr', 'en'] as const;
export type Lang = (typeof languages)[number];

export function isLang(value: string | undefined): value is Lang {
  return (languages as readonly string[]).includes(value ?? '');
}

/** The language of a storefront path (`/en/p/x` → en), or undefined outside the language routes. */
export function langOfPath(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

/** The same page in another language: only the prefix changes (slugs are shared). */
export function inLanguage(pathWithSearch: string, lang: Lang): string {
  const current = langOfPath(pathWithSearch);
  return current ? `/${lang}${pathWithSearch.slice(current.length + 1)}` : `/${lang}${pathWithSearch}`;
}

/**
 * The best of our languages for an Accept-Language header (RFC 9110 weights; `fr-CA` counts as
 * fr), French when none is acceptable.
 */
export function negotiateLang(acceptLanguage: string | undefined): Lang {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      const weight = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      return { primary: range.split('-')[0] ?? '', q: weight ? Number(weight.slice(2)) : 1, index };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map(({ primary }) => primary).find(isLang) ?? languages[0];
}
