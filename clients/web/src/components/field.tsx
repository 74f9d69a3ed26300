import { createUniqueId, type JSX, Show, splitProps } from 'solid-js';

/**
 * A labelled form control with its hint and error, tied to it by aria-describedby so a screen
 * reader reads them with the field.
 */
export function Field(
  props: { label: string; hint?: string; error?: string } & JSX.InputHTMLAttributes<HTMLInputElement>,
) {
  const [own, input] = splitProps(props, ['label', 'hint', 'error']);
  const id = createUniqueId();
  const describedBy = () =>
    [own.hint ? `${id}-hint` : '', own.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{own.label}</label>
      <Show when={own.hint}>
        <p id={`${id}-hint`} class="field-hint">
          {own.hint}
        </p>
      </Show>
      <input id={id} aria-describedby={describedBy()} aria-invalid={own.error ? true : undefined} {...input} />
      <Show when={own.error}>
        <p id={`${id}-error`} class="field-error">
          {own.error}
        </p>
      </Show>
    </div>
  );
}

/** A form's values by field name, as strings. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, name) => {
    values[name] = String(value);
  });
  return values;
}
