/**
 * custom-elements.json from the components' JSDoc (@summary @fires @csspart @cssproperty ...),
 * plus JSX (React 19, Preact, Solid) and Vue types generated from it by maintained plugins.
 */
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

export default {
  globs: ['src/components/*.ts'],
  exclude: ['src/components/*.styles.ts', 'src/components/strings.ts', 'src/components/events.ts', 'src/components/base.ts', 'src/components/default-dataset.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    customElementJsxPlugin({ outdir: 'dist/types', fileName: 'jsx.d.ts', globalTypePath: './index.js', hideLogs: true }),
    customElementVuejsPlugin({ outdir: 'dist/types', fileName: 'vue.d.ts', globalTypePath: './index.js', hideLogs: true }),
  ],
};
