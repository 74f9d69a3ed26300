import { Link, Meta, Title } from '@solidjs/meta';
import { useLocation } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n.tsx';
import { inLanguage, languages } from '../i18n/languages.ts';
import { usePublicUrl } from '../server-context.tsx';

/**
 * A page's title, description, canonical link (its path and the query keys that change what it
 * shows) and hreflang alternates, one per language plus x-default.
 */
export function Seo(props: { title: string; description: string; canonicalQuery?: string; noindex?: boolean }) {
  const location = useLocation();
  const { lang } = useI18n();
  const publicUrl = usePublicUrl();
  const path = () => `${location.pathname.replace(/\/$/, '')}${props.canonicalQuery ? `?${props.canonicalQuery}` : ''}`;
  return (
    <>
      <Title>{props.title}</Title>
      <Meta name="description" content={props.description} />
      <Meta property="og:title" content={props.title} />
      <Meta property="og:description" content={props.description} />
      <Show when={props.noindex}>
        <Meta name="robots" content="noindex" />
      </Show>
      <Link rel="canonical" href={`${publicUrl}${path()}`} />
      <For each={languages}>
        {(other) => <Link rel="alternate" hreflang={other} href={`${publicUrl}${inLanguage(path(), other)}`} />}
      </For>
      <Link rel="alternate" hreflang="x-default" href={`${publicUrl}${inLanguage(path(), languages[0])}`} />
      <Meta property="og:locale" content={lang() === 'fr' ? 'fr_FR' : 'en_GB'} />
    </>
  );
}
