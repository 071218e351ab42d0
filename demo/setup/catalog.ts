/** The built-in dataset's options, questions and conditions, with their English names, for the form. */
import data from '../../data/chronic-pain.json';

type Named = { id: string; label: string };
const english = (text: string | Record<string, string>) => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0] ?? ''));
const named = (items: readonly { id: string; label: string | Record<string, string> }[]): Named[] =>
  items.map(({ id, label }) => ({ id, label: english(label) }));

export interface Catalog {
  options: Named[];
  criteria: Named[];
  conditions: Named[];
}

export const catalog: Catalog = {
  options: named(data.options),
  criteria: named(data.criteria),
  conditions: named(data.conditions ?? []),
};
