/**
 * After a failed submit, move focus to the first field marked invalid, so keyboard and screen-reader
 * users land on the problem (its message is tied to it with aria-describedby).
 */
export function focusFirstInvalid(form: HTMLElement | undefined): void {
  queueMicrotask(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  });
}
