import { For } from 'solid-js';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from './field.tsx';

/** The countries we ship to, by ISO 3166-1 alpha-2 code (names come from Intl in the page's language). */
const countries = ['FR', 'BE', 'CH', 'LU', 'DE', 'ES', 'IT', 'NL', 'GB', 'US', 'JP'];

/** A postal address's fields, to put inside a form; their names are the API's (PostalAddressInput). */
export function AddressFields(props: { idPrefix: string }) {
  const { t, lang } = useI18n();
  const countryName = (code: string) => new Intl.DisplayNames([lang()], { type: 'region' }).of(code) ?? code;
  return (
    <fieldset class="stack address-fields">
      <legend>{t()['address.legend']}</legend>
      <Field label={t()['address.name']} name="name" autocomplete="name" required />
      <Field label={t()['address.line1']} name="line1" autocomplete="address-line1" required />
      <Field label={t()['address.line2']} name="line2" autocomplete="address-line2" />
      <div class="field-row">
        <Field label={t()['address.postalCode']} name="postalCode" autocomplete="postal-code" required />
        <Field label={t()['address.city']} name="city" autocomplete="address-level2" required />
      </div>
      <div class="field">
        <label for={`${props.idPrefix}-country`}>{t()['address.country']}</label>
        <select id={`${props.idPrefix}-country`} name="country" autocomplete="country">
          <For each={countries}>{(code) => <option value={code}>{countryName(code)}</option>}</For>
        </select>
      </div>
      <Field label={t()['address.phone']} name="phone" type="tel" autocomplete="tel" />
    </fieldset>
  );
}

/** The address fields of a form's values, as the API takes them (empty optional fields left out). */
export function addressOf(values: Record<string, string>) {
  const optional = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  return {
    name: values.name ?? '',
    line1: values.line1 ?? '',
    line2: optional(values.line2),
    postalCode: values.postalCode ?? '',
    city: values.city ?? '',
    country: values.country ?? 'FR',
    phone: optional(values.phone),
  };
}

/** One line per part of an address, for display. */
export function AddressLines(props: {
  address: { name: string; line1: string; line2?: string | null; postalCode: string; city: string; country: string };
}) {
  return (
    <address class="address">
      {props.address.name}
      <br />
      {props.address.line1}
      {props.address.line2 ? (
        <>
          <br />
          {props.address.line2}
        </>
      ) : null}
      <br />
      {props.address.postalCode} {props.address.city}, {props.address.country}
    </address>
  );
}
