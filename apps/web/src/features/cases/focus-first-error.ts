/**
 * After a form fails validation, brings the first field in error into view and focuses it, so
 * keyboard and screen-reader users land on it. Inputs carry `aria-invalid`; a group of radios
 * or checkboxes only shows its error message, so the group's first control is focused instead.
 */
export function focusFirstError(form: HTMLFormElement | null): void {
  if (!form) return;
  requestAnimationFrame(() => {
    const first = form.querySelector<HTMLElement>('[aria-invalid="true"], [class*="-error"]');
    if (!first) return;
    const target = first.matches('input, textarea, select, button')
      ? first
      : (first.closest('fieldset, [class*="-root"]')?.querySelector<HTMLElement>('input:not([disabled]), textarea, button') ?? null);
    (target ?? first).scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  });
}
