import { useNavigate } from '@solidjs/router';
import { createResource, createSignal, type JSX, Show } from 'solid-js';
import { Field, formValues } from '../../components/field.tsx';
import { mutate, query, useGraphql } from '../../data/graphql.tsx';
import {
  AccountProfileDocument,
  ChangeAccountPasswordDocument,
  SaveNewsletterPreferenceDocument,
  SaveProfileDocument,
} from '../../generated/graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { signOut } from '../../session/session.ts';
import { AccountFrame } from './account-frame.tsx';

/** Name, preferred language (of mails), newsletter, and a password change that signs out everywhere. */
export default function ProfilePage() {
  const { t } = useI18n();
  return (
    <AccountFrame title={t()['account.profile']}>
      <Profile />
    </AccountFrame>
  );
}

function Profile() {
  const { t, href } = useI18n();
  const client = useGraphql();
  const navigate = useNavigate();
  const [profile, { refetch }] = createResource(async () => (await query(client, AccountProfileDocument, {})).me);
  const [message, setMessage] = createSignal('');
  const [passwordError, setPasswordError] = createSignal('');

  const saveProfile: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    const language = values.language === 'EN' ? 'EN' : 'FR';
    const { updateProfile } = await mutate(client, SaveProfileDocument, {
      input: { name: values.name ?? '', language },
    });
    const subscribed = values.newsletter === 'on';
    const wasSubscribed = isSubscribed(profile.latest?.newsletter?.status);
    const newsletterErrors =
      subscribed === wasSubscribed
        ? []
        : (await mutate(client, SaveNewsletterPreferenceDocument, { input: { subscribed } })).setNewsletterPreferences
            .userErrors;
    const problem = [...updateProfile.userErrors, ...newsletterErrors][0];
    setMessage(problem?.message ?? t()['profile.saved']);
    refetch();
  };

  const changePassword: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    const { currentPassword = '', newPassword = '' } = formValues(event.currentTarget);
    const { changePassword: payload } = await mutate(client, ChangeAccountPasswordDocument, {
      input: { currentPassword, newPassword },
    });
    if (payload.userErrors[0]) return setPasswordError(payload.userErrors[0].message);
    // Every session ended, this one too: sign in again with the new password.
    await signOut();
    navigate(`${href('/account/sign-in')}?${new URLSearchParams({ next: href('/account/profile') })}`);
  };

  return (
    <Show when={profile.latest} fallback={<p role="status">{t()['session.loading']}</p>}>
      {(me) => (
        <>
          <form class="stack" onSubmit={saveProfile} aria-labelledby="profile-details">
            <h2 id="profile-details">{t()['profile.details']}</h2>
            <p>{t()['profile.email'](me().email ?? '')}</p>
            <Field label={t()['session.name']} name="name" value={me().name} autocomplete="name" required />
            <div class="field">
              <label for="profile-language">{t()['profile.language']}</label>
              <select id="profile-language" name="language">
                <option value="FR" selected={me().language === 'FR'}>
                  Français
                </option>
                <option value="EN" selected={me().language === 'EN'}>
                  English
                </option>
              </select>
            </div>
            <label class="checkbox">
              <input type="checkbox" name="newsletter" checked={isSubscribed(me().newsletter?.status)} />{' '}
              {t()['profile.newsletter']}
            </label>
            <Show when={me().newsletter?.status === 'PENDING'}>
              <p class="field-hint">{t()['profile.newsletterPending']}</p>
            </Show>
            <p role="status" class="form-message">
              {message()}
            </p>
            <button type="submit" class="button button-primary">
              {t()['profile.save']}
            </button>
          </form>
          <form class="stack" onSubmit={changePassword} aria-labelledby="profile-password">
            <h2 id="profile-password">{t()['profile.password']}</h2>
            <p>{t()['profile.passwordSignsOut']}</p>
            <Field
              label={t()['profile.currentPassword']}
              name="currentPassword"
              type="password"
              autocomplete="current-password"
              required
            />
            <Field
              label={t()['profile.newPassword']}
              hint={t()['session.passwordHint']}
              name="newPassword"
              type="password"
              autocomplete="new-password"
              minLength={10}
              required
              error={passwordError() || undefined}
            />
            <button type="submit" class="button">
              {t()['profile.changePassword']}
            </button>
          </form>
        </>
      )}
    </Show>
  );
}

/** Pending counts as asked for: the box stays ticked until the mail's link confirms it. */
function isSubscribed(status: string | undefined): boolean {
  return status === 'CONFIRMED' || status === 'PENDING';
}
