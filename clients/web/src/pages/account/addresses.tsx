import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { AddressFields, AddressLines, addressOf } from '../../components/address-form.tsx';
import { formValues } from '../../components/field.tsx';
import { mutate, query, useGraphql } from '../../data/graphql.tsx';
import { AccountAddressesDocument, CreateAddressDocument, DeleteAddressDocument } from '../../generated/graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AccountFrame } from './account-frame.tsx';

/** The address book: saved addresses (remove) and a form to add one. */
export default function AddressesPage() {
  const { t } = useI18n();
  return (
    <AccountFrame title={t()['account.addresses']}>
      <AddressBook />
    </AccountFrame>
  );
}

function AddressBook() {
  const { t } = useI18n();
  const client = useGraphql();
  const [addresses, { refetch }] = createResource(
    async () => (await query(client, AccountAddressesDocument, {})).me?.addresses ?? [],
  );
  const [message, setMessage] = createSignal('');

  const remove = async (addressId: string) => {
    const { removeAddress } = await mutate(client, DeleteAddressDocument, { input: { addressId } });
    setMessage(removeAddress.userErrors[0]?.message ?? t()['address.removed']);
    refetch();
  };
  const add: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = formValues(form);
    const { addAddress } = await mutate(client, CreateAddressDocument, {
      input: { address: { ...addressOf(values), isDefaultShipping: values.isDefaultShipping === 'on' } },
    });
    if (addAddress.userErrors[0]) return setMessage(addAddress.userErrors[0].message);
    form.reset();
    setMessage(t()['address.saved']);
    refetch();
  };

  return (
    <>
      <p role="status" class="form-message">
        {message()}
      </p>
      <Show when={addresses.latest} fallback={<p role="status">{t()['session.loading']}</p>}>
        {(saved) => (
          <Show when={saved().length > 0} fallback={<p>{t()['address.none']}</p>}>
            <ul class="card-list">
              <For each={saved()}>
                {(address) => (
                  <li class="card">
                    <AddressLines address={address} />
                    <Show when={address.isDefaultShipping}>
                      <p class="status-badge">{t()['address.default']}</p>
                    </Show>
                    <button
                      type="button"
                      class="link-button"
                      aria-label={t()['address.removeNamed'](address.name, address.line1)}
                      onClick={() => remove(address.id)}
                    >
                      {t()['address.remove']}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <form class="stack" onSubmit={add} aria-labelledby="add-address-title">
        <h2 id="add-address-title">{t()['address.add']}</h2>
        <AddressFields idPrefix="address-book" />
        <label class="checkbox">
          <input type="checkbox" name="isDefaultShipping" /> {t()['address.makeDefault']}
        </label>
        <button type="submit" class="button button-primary">
          {t()['address.save']}
        </button>
      </form>
    </>
  );
}
