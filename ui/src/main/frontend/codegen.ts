import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed API contract: a schema change the UI does not follow fails `tsc`.
const config: CodegenConfig = {
  schema: '../../../../graphql-schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', BigInteger: 'number', Date: 'string' },
      },
    },
  },
};

export default config;
