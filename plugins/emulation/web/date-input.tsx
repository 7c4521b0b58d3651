/**
 * A date typed as dd/mm/yyyy in a text field: the same on every phone, whatever its language
 * (the native date input would show 12/31/2099 on a phone set to English). The page reads the
 * text with `readDateField` (src/dates.ts) and shows its message next to the field.
 */
export function DateInput(props: { id: string; value: string; onInput: (text: string) => void }) {
  return (
    <input
      id={props.id}
      class="input"
      inputmode="numeric"
      autocomplete="off"
      placeholder="dd/mm/yyyy"
      value={props.value}
      onInput={(e) => props.onInput(e.currentTarget.value)}
    />
  );
}
