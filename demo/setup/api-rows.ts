/**
 * custom-elements.json -> the tables of the API reference (attributes, properties, events, CSS parts,
 * CSS custom properties) for one element. Pure: the page (api-page.ts) only fetches and renders.
 */
export interface ApiTable {
  title: string;
  columns: string[];
  rows: string[][];
}

type Item = {
  kind?: string;
  name?: string;
  fieldName?: string;
  attribute?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  description?: string;
  default?: string;
  type?: { text?: string };
};
type Declaration = Item & {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown): Item[] => (Array.isArray(value) ? (value.filter((x) => x && typeof x === 'object') as Item[]) : []);

export function findElement(manifest: unknown, tagName: string): Declaration | undefined {
  const modules = list((manifest as { modules?: unknown } | null)?.modules);
  return modules.flatMap((m) => list((m as { declarations?: unknown }).declarations) as Declaration[]).find((d) => d.tagName === tagName);
}

export function apiTables(element: Declaration): ApiTable[] {
  const publicFields = list(element.members).filter((m) => m.kind === 'field' && !m.privacy && !m.static && !text(m.name).startsWith('_'));
  return [
    {
      title: 'Attributes',
      columns: ['attribute', 'property', 'type', 'default', 'what it does'],
      rows: list(element.attributes).map((a) => [
        text(a.name),
        text(a.fieldName),
        text(a.type?.text),
        text(a.default),
        text(a.description),
      ]),
    },
    {
      title: 'Properties',
      columns: ['property', 'attribute', 'type', 'what it does'],
      rows: publicFields.map((m) => [
        text(m.name),
        text(m.attribute),
        `${text(m.type?.text)}${m.readonly ? ' (read only)' : ''}`,
        text(m.description),
      ]),
    },
    {
      title: 'Events',
      columns: ['event', 'detail', 'when'],
      rows: list(element.events).map((e) => [text(e.name), text(e.type?.text), text(e.description)]),
    },
    { title: 'CSS parts', columns: ['part', 'what it is'], rows: list(element.cssParts).map((p) => [text(p.name), text(p.description)]) },
    {
      title: 'CSS custom properties',
      columns: ['property', 'default', 'what it sets'],
      rows: list(element.cssProperties).map((p) => [text(p.name), text(p.default), text(p.description)]),
    },
  ];
}

/**
 * A description's runs of text and code: the source comments mark names and values with backticks
 * (`persist="url"`), which the page shows as code rather than as backticks. An unpaired backtick stays text.
 */
export function codeRuns(description: string): { text: string; code: boolean }[] {
  const parts = description.split('`');
  if (parts.length % 2 === 0) return [{ text: description, code: false }];
  return parts.map((text, i) => ({ text, code: i % 2 === 1 })).filter((run) => run.text);
}
