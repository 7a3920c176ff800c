import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Run by `npm run build`: TypeScript's recommended rules and the React Hooks rules.
export default tseslint.config(
  { ignores: ['src/gql/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The plugin's 7.x recommended set adds the React Compiler's checks (refs, purity, set-state-in-effect). They
      // are for code the compiler will memoize, which this app does not use, and they misread the kit's
      // ref-forwarding props as refs: taken up when the compiler is.
    },
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // `_`-named parameters and siblings are the way to say "not used here".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The kit owns these controls' look and behaviour: a screen that took React Aria's own would style it again.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-aria-components',
              importNames: [
                'Button', 'ComboBox', 'FieldError', 'Form', 'Input', 'NumberField', 'Radio', 'RadioGroup',
                'SearchField', 'Select', 'TextArea', 'TextField',
              ],
              message: 'Take it from src/ui (the kit), which gives it the app\'s look, labels and validation.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.ts', 'codegen.ts', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
