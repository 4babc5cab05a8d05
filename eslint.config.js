import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layer rules (../shared/STYLE.md): shared/ is pure domain; catalog/ is data over shared/;
// electron/ and renderer/ meet only through shared/ipc.ts.
const uiAndPlatform = [
  {
    group: [
      'react',
      'react-dom',
      'react/*',
      'zustand',
      'zustand/*',
      'zundo',
      '@xyflow/*',
      'electron',
      'recharts',
    ],
    message: 'shared/ and catalog/ are pure: no UI or Electron.',
  },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'shared/ and catalog/ are pure: no Node APIs.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'dist-web', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...uiAndPlatform,
            {
              group: ['**/renderer/**', '**/electron/**', '**/catalog/**', '**/cli/**'],
              message: 'shared/ imports nothing of ours outside shared/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process'],
    },
  },
  {
    files: ['catalog/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...uiAndPlatform,
            {
              group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
              message: 'catalog/ is data: it imports only shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'node:*'],
              message: 'renderer/ never imports electron/: use the preload API typed in shared/ipc.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ never imports renderer/: use shared/ipc.ts.' },
          ],
        },
      ],
    },
  },
);
