/**
 * Everything that checks untrusted input (a dataset from `src` or the `dataset` property, a clinic
 * configuration), in one entry so that pages showing only the built-in dataset never load it:
 * the built-in dataset is checked when it is built (`npm run data:locales` and the unit tests).
 */
export { MAX_DATASET_CHARS, parseDatasetJson, validateDataset, type ValidationResult } from './dataset.js';
export { parseClinicJson, validateClinic, type ClinicResult } from './clinic.js';
