/**
 * custom-elements.json from the components' JSDoc (@summary @fires @csspart @cssproperty ...),
 * plus JSX (React 19, Preact, Solid) and Vue types generated from it by maintained plugins.
 */
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * `lang` is observed through `observedAttributes` (it is a global attribute, not a Lit property),
 * so the analyzer lists it with no field; give it HTMLElement's `lang` field and say what it does,
 * or the generated JSX and Vue types refer to a field named "undefined".
 */
const langAttribute = {
  name: 'treatment-compare-lang-attribute',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      for (const attribute of declaration.attributes ?? []) {
        if (attribute.name !== 'lang' || attribute.fieldName) continue;
        attribute.fieldName = 'lang';
        attribute.type = { text: 'string' };
        attribute.description =
          'The language: `en` or `es` (a regional tag falls back to its language, another language to English). Without it, the nearest `lang` up the page.';
      }
    }
  },
};

export default {
  globs: ['src/components/*/*.ts', 'src/events.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    langAttribute,
    customElementJsxPlugin({ outdir: 'dist/types', fileName: 'jsx.d.ts', globalTypePath: './index.js', hideLogs: true }),
    customElementVuejsPlugin({ outdir: 'dist/types', fileName: 'vue.d.ts', globalTypePath: './index.js', hideLogs: true }),
  ],
};
