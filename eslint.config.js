// ESLint (flat config): typescript-eslint's strict rules plus the type-checked ones that catch real bugs (floating
// promises, misused promises, unnecessary conditions), React's hooks rules for the client, and eslint-config-prettier
// last so no rule fights the formatter. `npm run lint` runs it with `prettier --check .`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/*.d.mts',
      '**/node_modules/**',
      '.bench/**',
      'data/**',
      'coverage/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The two tool configs belong to no workspace; they are checked with the base compiler options.
        projectService: {
          allowDefaultProject: ['*.config.ts', 'client/vite.config.ts'],
          defaultProject: 'tsconfig.base.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `onClick={() => send(...)}` is the idiom everywhere; a block body would only add noise.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Numbers read fine in a template; objects, null and undefined are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A leading underscore marks a parameter a signature needs (Express's error handler) or a field left out on
      // purpose (`const { secret: _secret, ...rest } = row`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // query<Row>() types the rows of our own tables (the migrations next to it), as pg and PGlite declare their query;
    // the rule would have every caller write the same assertion at the call instead.
    files: ['server/src/store/db.ts', 'server/src/store/pglite.ts', 'server/src/store/postgres.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-parameters': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // The service worker runs in the browser's worker scope, not Node.
    files: ['client/sw/**/*.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  prettier,
);
