import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '**/.astro/**',
      '.data/**',
      'cms/payload-types.ts',
      'cms/app/(payload)/**',
      'cms/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  // The layers guard themselves (docs/architecture.md says what each may import).
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'payload',
                'payload/*',
                '@payloadcms/*',
                'astro',
                'astro/*',
                'astro:*',
                'next',
                'next/*',
              ],
              message: 'shared/ is pure TypeScript: it imports neither Payload nor Astro nor Next.',
            },
            {
              regex: '^(\\.\\./)+(cms|portal)(/|$)',
              message: 'shared/ imports nothing of the CMS or the portal; they import it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['portal/src/**/*.ts', 'portal/src/**/*.astro'],
    ignores: ['portal/src/lib/cms/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'payload',
                'payload/*',
                '@payloadcms/db-postgres',
                '@payloadcms/db-postgres/*',
              ],
              message:
                'Pages, features and components reach the CMS through portal/src/lib/cms only.',
            },
            {
              regex: '^(\\.\\./)+cms/',
              message:
                'The portal reaches the CMS through portal/src/lib/cms (its index), never by a path into cms/.',
            },
            {
              regex: '(^|/)lib/cms/.+',
              message: 'Import the gateway from its index (lib/cms), not from one of its files.',
            },
            {
              group: ['@fazaa/cms/*', '!@fazaa/cms/types'],
              message:
                'Only the gateway (portal/src/lib/cms) imports the CMS; elsewhere, types from @fazaa/cms/types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cms/migrations/**'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
)
