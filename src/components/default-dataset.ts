/**
 * The built-in dataset. In the npm build it is a separate chunk loaded only when no `dataset` or
 * `src` is given, so sites with their own data never download it; the CDN files inline it.
 * It is validated like any other dataset (once, on first use) before anything is shown.
 */
import { validateDataset, type ValidationResult } from '../model/index.js';

let cached: Promise<ValidationResult> | undefined;

/** The built-in dataset's validation result (loaded and validated once). */
export function defaultDataset(): Promise<ValidationResult> {
  cached ??= import('../../data/chronic-pain.json').then((module) => validateDataset(module.default as unknown));
  return cached;
}
