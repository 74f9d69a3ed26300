import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { useI18n } from '../i18n/i18n.tsx';

/** Home, then each category from the root; the last crumb is the current page unless `current` follows. */
export function Breadcrumb(props: { categories: Array<{ slug: string; name: string }>; current?: string }) {
  const { t, href } = useI18n();
  const last = () => (props.current === undefined ? props.categories.length - 1 : -1);
  return (
    <nav aria-label={t()['nav.breadcrumb']} class="breadcrumb">
      <ol>
        <li>
          <A href={href('/')} end>
            {t()['nav.home']}
          </A>
        </li>
        <For each={props.categories}>
          {(category, index) => (
            <li>
              <A href={href(`/c/${category.slug}`)} aria-current={index() === last() ? 'page' : undefined}>
                {category.name}
              </A>
            </li>
          )}
        </For>
        {props.current !== undefined && (
          <li>
            <span aria-current="page">{props.current}</span>
          </li>
        )}
      </ol>
    </nav>
  );
}
