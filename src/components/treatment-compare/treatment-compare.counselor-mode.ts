/**
 * What counselor mode adds to the root, loaded only for a widget in counselor mode (see lazy.ts):
 * its layout's templates, its stylesheet (adopted after the root's styles), and the controller of
 * its screen (the chips, the options hidden, start again and its undo), which the root creates once
 * this is in.
 */
export { CounselorScreenController } from '../../controllers/counselor-screen.js';
export { renderCounselorDecision, renderCounselorMain } from './treatment-compare.counselor.js';
export { counselorStyles } from './treatment-compare.counselor.styles.js';
