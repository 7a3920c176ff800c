import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed API contract: a schema change the UI does not follow fails `tsc`.
const config: CodegenConfig = {
  schema: '../../../../graphql-schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Rows are read whole by lists and their items; masking would hide the id a collection keys them by.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', BigInteger: 'number', Date: 'string' },
      },
    },
  },
};

export default config;
