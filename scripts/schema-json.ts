/**
 * data/schema.json, generated from the same Valibot schema the widget validates with.
 * `tsx scripts/schema-json.ts` writes it; the unit tests fail when the committed file is stale.
 * Whole-dataset rules (every cell present, citation ids resolve, dates in order) cannot be said in
 * JSON Schema; `npx treatment-compare validate` checks those too.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatasetSchema } from '../src/model/schema.js';

export function datasetJsonSchema(): string {
  const schema = toJsonSchema(DatasetSchema, {
    errorMode: 'ignore',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      // Custom checks have no JSON Schema form; say what they check instead of dropping them silently.
      if (valibotAction.type === 'check')
        return {
          ...jsonSchema,
          $comment: `Also checked by the validator, which rejects a value that ${String((valibotAction as { message?: unknown }).message)}.`,
        };
      return jsonSchema;
    },
  });
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema, title: 'treatment-compare dataset', $id: 'https://unpkg.com/treatment-compare/data/schema.json' }, null, 2)}\n`;
}

export const SCHEMA_PATH = fileURLToPath(new URL('../data/schema.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, datasetJsonSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
