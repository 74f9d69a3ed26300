import type { Lang } from './languages.ts';

/** A moment with its time of day (timelines, conversations), in the page's language. */
export function formatDateTime(lang: Lang, at: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at));
}
