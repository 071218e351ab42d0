/**
 * The built-in dataset, shipped inside the bundle. It is validated like any other dataset (once,
 * on first use) before anything is shown.
 */
import defaultData from '../../data/chronic-pain.json';
import { validateDataset, type ValidationResult } from '../model/index.js';

let cached: ValidationResult | undefined;

/** The built-in dataset's validation result (computed once). */
export function defaultDataset(): ValidationResult {
  cached ??= validateDataset(defaultData as unknown);
  return cached;
}
