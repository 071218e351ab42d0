/**
 * Imported first by the entry, before Lit: on a page that enforces Trusted Types without allowing
 * Lit's policy (`trusted-types` without `lit-html`), Lit throws while its module is evaluated, so
 * the widget cannot start. This turns that one uncaught TypeError into one plain console line that
 * says how to fix it (the page's other scripts are unaffected either way). `trustedTypesGuardDone()`,
 * called at the end of the entry, removes the listener once the widget has loaded.
 */
const onError = (event: ErrorEvent): void => {
  const text = String(event.message ?? event.error);
  if (!/createPolicy/.test(text) || !/lit-html/.test(text)) return;
  event.preventDefault();
  trustedTypesGuardDone();
  console.error(
    "treatment-compare: this page's Content-Security-Policy enforces Trusted Types without allowing Lit's policy, so the widget cannot start. Fix: add lit-html to the trusted-types directive, e.g. `trusted-types lit-html`.",
  );
};

if ('trustedTypes' in globalThis) addEventListener('error', onError);

export function trustedTypesGuardDone(): void {
  if ('trustedTypes' in globalThis) removeEventListener('error', onError);
}
