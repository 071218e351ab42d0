/**
 * How a TypeScript user of a JSX framework (React 19, Preact, Solid) types the element: compiled
 * with `tsc` against the built dist/types by the package test. A wrong type or a stale generated
 * file fails it; the `@ts-expect-error` lines fail it if the types become too loose.
 */
import type { CustomElements } from '../../../dist/types/jsx.js';

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export const widget = (
  <treatment-compare
    weights="cost:8"
    condition="migraine"
    mode="counselor"
    onweights-change={(e) => e.detail.weights.cost?.toFixed(0)}
    onranking-change={(e) => e.detail.fits.map((f) => `${f.optionId} ${f.fit.toFixed(0)}`).join() + String(e.detail.close)}
    ondataset-error={(e) => e.detail.errors.join('\n') + e.detail.source}
    onstage-change={(e) => e.detail.stage ?? e.detail.role}
    onsure-change={(e) => e.detail.score + e.detail.answered}
  />
);

// @ts-expect-error: the detail of weights-change has no `fits`.
export const wrongDetail = <treatment-compare onweights-change={(e) => e.detail.fits} />;

// @ts-expect-error: mode is 'patient' or 'counselor'.
export const wrongMode = <treatment-compare mode="doctor" />;
