/** The decision model: pure functions, no DOM. Components only display what these compute. */
export * from './schema.js';
export * from './dataset.js';
export * from './clinic.js';
export { describeValue } from './issues.js';
export * from './view.js';
export * from './localise.js';
export * from './weights.js';
export * from './scoring.js';
export * from './robustness.js';
export * from './state.js';
export * from './safe.js';
export { controlCharacters, controlCharacterWarnings } from './controls.js';
export { BOUNDS } from './bounds.js';
