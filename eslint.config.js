/**
 * ESLint (flat config): `npm run lint`.
 * - typescript-eslint's recommended rules, type-aware (the TypeScript program is the one tsc checks:
 *   tsconfig.json), so promises that are dropped or misused and `any` that leaks out are errors.
 * - eslint-plugin-lit and eslint-plugin-wc (their recommended flat configs) for templates and elements.
 * - eslint-config-prettier last: formatting is Prettier's (`npm run format:check`), never ESLint's.
 * - Layering: src/model/ is the pure decision model (no DOM, no words), so it imports nothing from
 *   src/i18n/ or src/components/ (no-restricted-imports below). Import cycles: `npm run check:cycles`.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-e2e/**',
      'dist-site/**',
      'reports/**',
      'coverage/**',
      'node_modules/**',
      'custom-elements.json',
      'data/**',
      'docs/**',
      // Compiled by their own tsconfig in test/e2e/types (package.test.mjs): they test the shipped types.
      'test/e2e/types/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: {
          // The config files at the top level are outside tsconfig.json's include.
          allowDefaultProject: ['*.js', '*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc already reports unused locals and parameters (noUnusedLocals/noUnusedParameters);
      // this keeps the `_name` convention for the ones kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // `interface GlobalEventHandlersEventMap extends OurEvents {}` is how a DOM map is extended.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  // Lit templates and custom elements.
  {
    files: ['src/**/*.ts', 'test/browser/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/browser/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-names': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/quoted-expressions': ['error', 'never'],
      'wc/guard-super-call': 'off', // LitElement always defines connectedCallback and the like
      'wc/no-closed-shadow-root': 'error',
      'wc/no-typos': 'error',
      'wc/require-listener-teardown': 'error',
      'wc/attach-shadow-constructor': 'error',
      'wc/no-child-traversal-in-connectedcallback': 'error',
    },
  },
  // Lit calls `@click=${this.method}` with `this` as the element, so methods in templates are bound.
  { files: ['src/components/**/*.ts'], rules: { '@typescript-eslint/unbound-method': 'off' } },
  // Layering: the model is the bottom layer.
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(i18n|components)(/|$)',
              message: 'src/model/ is the pure decision model: it imports nothing from src/i18n/ or src/components/.',
            },
            { regex: '^lit($|/)', message: 'src/model/ has no DOM: no Lit.' },
          ],
        },
      ],
    },
  },
  // Tests, benchmarks and scripts: `any` and non-null assertions are fine for poking at internals;
  // Chai's `expect(x).to.be.true` is an expression; methods are taken off objects to stub or spy.
  {
    files: ['test/**', 'src/**/*.test.ts', 'bench/**', 'scripts/**', '*.config.*'],
    rules: {
      // Tests feed hostile strings on purpose, wait on things that need no await, and cast what
      // they query; none of that ships.
      'lit/attribute-value-entities': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // node:test's describe/it return promises that the runner awaits itself.
  {
    files: ['test/e2e/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
    },
  },
  // The WordPress plugin's editor script: plain JS over WordPress's globals (wp.*), outside the
  // TypeScript program, so the type-aware rules are off for it.
  {
    files: ['wordpress/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'script', globals: { ...globals.browser }, parserOptions: { projectService: false, project: false } },
  },
  prettier,
);
