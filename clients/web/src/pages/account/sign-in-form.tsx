import { createSignal, type JSX, Show } from 'solid-js';
import { useBasketCount } from '../../basket/basket-count.tsx';
import { Field, formValues } from '../../components/field.tsx';
import { useGraphql } from '../../data/graphql.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { keepAnonymousBasket } from '../../session/after-sign-in.ts';
import { signIn, signUp } from '../../session/session.ts';
import type { SessionUserErrors } from '../../session/session-answer.ts';

/**
 * Sign-in: email and password, then, when the account has two-factor authentication, the code
 * (or a recovery code) in a second step. The anonymous basket joins the account's afterwards.
 */
export function SignInForm(props: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const client = useGraphql();
  const basketCount = useBasketCount();
  const [needsCode, setNeedsCode] = createSignal(false);
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let codeInput: HTMLInputElement | undefined;

  const submit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    const { email = '', password = '', twoFactorCode } = formValues(event.currentTarget);
    setBusy(true);
    try {
      const userErrors = await signIn({ email, password, ...(twoFactorCode ? { twoFactorCode } : {}) });
      if (userErrors.some((userError) => userError.code === 'TWO_FACTOR_REQUIRED')) {
        setError('');
        setNeedsCode(true);
        codeInput?.focus();
        return;
      }
      if (userErrors.length > 0) return setError(messageOf(t(), userErrors));
      await keepAnonymousBasket(client, basketCount);
      props.onSignedIn();
    } catch {
      setError(t()['session.failed']);
    } finally {
      setBusy(false);
    }
  };

  return (
    // POST: were the script not running yet, a native submission keeps the password out of the URL.
    <form class="stack" method="post" onSubmit={submit} aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t()['session.signIn']}</h2>
      <Field label={t()['session.email']} name="email" type="email" autocomplete="username" required />
      <Field label={t()['session.password']} name="password" type="password" autocomplete="current-password" required />
      <Show when={needsCode()}>
        <Field
          ref={codeInput}
          label={t()['session.twoFactorCode']}
          hint={t()['session.twoFactorHint']}
          name="twoFactorCode"
          autocomplete="one-time-code"
          inputmode="numeric"
          required
        />
      </Show>
      <p role="alert" class="form-error">
        {error()}
      </p>
      <button type="submit" class="button button-primary" disabled={busy()}>
        {t()['session.signInSubmit']}
      </button>
    </form>
  );
}

/** Sign-up: name, email, a password of at least 10 characters; the account speaks the page's language. */
export function SignUpForm(props: { onSignedIn: () => void }) {
  const { t, lang } = useI18n();
  const client = useGraphql();
  const basketCount = useBasketCount();
  const [errors, setErrors] = createSignal<SessionUserErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const fieldError = (name: string) => errors().find((userError) => userError.field === `input.${name}`)?.message;

  const submit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    const { name = '', email = '', password = '' } = formValues(event.currentTarget);
    setBusy(true);
    try {
      const userErrors = await signUp({ name, email, password, language: lang() === 'fr' ? 'FR' : 'EN' });
      setErrors(userErrors);
      if (userErrors.length > 0) return;
      await keepAnonymousBasket(client, basketCount);
      props.onSignedIn();
    } catch {
      setErrors([{ field: null, code: 'FAILED', message: t()['session.failed'] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="stack" method="post" onSubmit={submit} aria-labelledby="sign-up-title">
      <h2 id="sign-up-title">{t()['session.signUp']}</h2>
      <Field label={t()['session.name']} name="name" autocomplete="name" required error={fieldError('name')} />
      <Field
        label={t()['session.email']}
        name="email"
        type="email"
        autocomplete="email"
        required
        error={fieldError('email')}
      />
      <Field
        label={t()['session.password']}
        hint={t()['session.passwordHint']}
        name="password"
        type="password"
        autocomplete="new-password"
        minLength={10}
        required
        error={fieldError('password')}
      />
      <p role="alert" class="form-error">
        {errors()
          .filter((userError) => !['input.name', 'input.email', 'input.password'].includes(userError.field ?? ''))
          .map((userError) => userError.message)
          .join(' ')}
      </p>
      <button type="submit" class="button button-primary" disabled={busy()}>
        {t()['session.signUpSubmit']}
      </button>
    </form>
  );
}

type Strings = ReturnType<ReturnType<typeof useI18n>['t']>;

function messageOf(t: Strings, userErrors: SessionUserErrors): string {
  if (userErrors.some((userError) => userError.code === 'INVALID_TWO_FACTOR_CODE')) return t['session.badCode'];
  if (userErrors.some((userError) => userError.code === 'TOO_MANY_ATTEMPTS')) return t['session.tooManyAttempts'];
  return t['session.badCredentials'];
}
