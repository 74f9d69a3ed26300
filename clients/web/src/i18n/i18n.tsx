import { useLocation } from '@solidjs/router';
import { createMemo } from 'solid-js';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { type Lang, langOfPath, languages } from './languages.ts';

export type Dictionary = typeof fr;
const dictionaries: Record<Lang, Dictionary> = { fr, en };
/** BCP 47 locales for Intl, per language. */
const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Fraction digits of a currency (EUR 2, JPY 0), as Intl knows them. */
function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(lang: Lang, money: { amount: number; currency: string }): string {
  const digits = minorDigits(money.currency);
  return new Intl.NumberFormat(locales[lang], { style: 'currency', currency: money.currency }).format(
    money.amount / 10 ** digits,
  );
}

export function formatDate(lang: Lang, date: string | Date): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long' }).format(new Date(date));
}

/**
 * The current page's language (from its path) and its strings: `t` is the dictionary, `href`
 * prefixes a path with the language, `money` and `date` format with Intl for the locale.
 */
export function useI18n() {
  const location = useLocation();
  const lang = createMemo<Lang>(() => langOfPath(location.pathname) ?? languages[0]);
  return {
    lang,
    t: () => dictionaries[lang()],
    href: (path: string) => `/${lang()}${path === '/' ? '' : path}`,
    money: (money: { amount: number; currency: string }) => formatMoney(lang(), money),
    date: (date: string | Date) => formatDate(lang(), date),
  };
}
