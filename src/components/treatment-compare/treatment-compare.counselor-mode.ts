/**
 * What counselor mode adds to the root, loaded only for a widget in counselor mode (see lazy.ts):
 * its layout's templates and its stylesheet (adopted after the root's styles).
 */
export { renderCounselorDecision, renderCounselorMain } from './treatment-compare.counselor.js';
export { counselorStyles } from './treatment-compare.counselor.styles.js';
