/**
 * The live preview: the real <treatment-compare>, made afresh with the snippet's attributes and the
 * clinic's configuration, so it shows exactly what patients will see (the disclosure included).
 */
export function showPreview(host: HTMLElement, attributes: readonly [string, string][], clinic: unknown) {
  const widget = document.createElement('treatment-compare') as HTMLElement & { clinic?: unknown };
  for (const [name, value] of attributes) widget.setAttribute(name, value);
  if (clinic !== undefined) widget.clinic = clinic;
  host.replaceChildren(widget);
}
