/**
 * The Vue 3 element types (which register themselves with Vue's GlobalComponents): compiled with
 * `tsc` against the built dist/types by the package test, so the generated file must be valid
 * against Vue's own types.
 */
import type { DefineComponent } from 'vue';
import type { CustomElements } from '../../../dist/types/vue.js';

type PropsOf<T> = T extends DefineComponent<infer P> ? P : never;
export const props: PropsOf<CustomElements['treatment-compare']> = { weights: 'cost:8', lang: 'es', mode: 'counselor' };
// @ts-expect-error: mode is 'patient' or 'counselor'.
export const wrong: PropsOf<CustomElements['treatment-compare']> = { mode: 'doctor' };
