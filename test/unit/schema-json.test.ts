import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, SCHEMA_PATH } from '../../scripts/schema-json.js';

describe('data/schema.json', () => {
  it('is up to date with the validation schema (run `npm run schema` to regenerate)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(datasetJsonSchema());
  });

  it('describes the dataset shape for clinics’ tools', () => {
    const schema = JSON.parse(datasetJsonSchema());
    expect(schema.required).toEqual(expect.arrayContaining(['meta', 'options', 'criteria', 'cells', 'citations']));
    expect(schema.properties.options.maxItems).toBe(20);
  });
});
