// ESLint (flat config): the recommended JavaScript and TypeScript rules on the sources,
// tests and bench; generated files and build output are left out.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  {
    ignores: [
      '.*/**',
      'dist/**',
      'node_modules/**',
      'cdktf.out/**',
      '.aisite/**',
      '.stryker-tmp/**',
      'reports/**',
      'coverage/**',
      '**/*.generated.ts',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off', // lazy requires keep CLI start-up fast (cdktf, pg)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-control-regex': 'off', // the formats escape control characters on purpose
    },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }, // synthesized JSON is read loosely in tests
  },
);
