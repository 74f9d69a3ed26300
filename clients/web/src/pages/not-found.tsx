import { A } from '@solidjs/router';
import { Seo } from '../components/seo.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useResponseStatus } from '../server-context.tsx';

export function NotFound() {
  const { t, href } = useI18n();
  useResponseStatus(404);
  return (
    <section class="page-message">
      <Seo title={t()['notFound.title']} description={t()['notFound.body']} noindex />
      <h1>{t()['notFound.title']}</h1>
      <p>{t()['notFound.body']}</p>
      <A href={href('/')}>{t()['notFound.home']}</A>
    </section>
  );
}

/** What a page shows when the API failed it: the error is logged, not shown. */
export function ErrorPage(props: { error: unknown }) {
  const { t } = useI18n();
  useResponseStatus(502);
  console.error(props.error);
  return (
    <section class="page-message" role="alert">
      <h1>{t()['error.title']}</h1>
      <p>{t()['error.body']}</p>
    </section>
  );
}
