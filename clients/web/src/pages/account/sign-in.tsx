import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { Seo } from '../../components/seo.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { safeNext } from '../../session/require-session.tsx';
import { SignInForm, SignUpForm } from './sign-in-form.tsx';

/** /account/sign-in and /account/sign-up: back to `next` (a page of this site) once signed in. */
function SessionPage(props: { mode: 'signIn' | 'signUp' }) {
  const { t, href } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams<{ next?: string }>();
  const next = () => safeNext(params.next, href('/account/orders'));
  const other = () => (props.mode === 'signIn' ? '/account/sign-up' : '/account/sign-in');
  const title = () => (props.mode === 'signIn' ? t()['session.signIn'] : t()['session.signUp']);
  return (
    <section class="narrow stack" aria-labelledby="session-page-title">
      <Seo title={title()} description={title()} noindex />
      <h1 id="session-page-title">{t()['account.title']}</h1>
      {props.mode === 'signIn' ? (
        <SignInForm onSignedIn={() => navigate(next())} />
      ) : (
        <SignUpForm onSignedIn={() => navigate(next())} />
      )}
      <p>
        {props.mode === 'signIn' ? t()['session.noAccount'] : t()['session.haveAccount']}{' '}
        <A href={`${href(other())}?${new URLSearchParams({ next: next() })}`}>
          {props.mode === 'signIn' ? t()['session.signUp'] : t()['session.signIn']}
        </A>
      </p>
    </section>
  );
}

export function SignInPage() {
  return <SessionPage mode="signIn" />;
}

export function SignUpPage() {
  return <SessionPage mode="signUp" />;
}
