import type { CodegenConfig } from '@graphql-codegen/cli';

// A frontend's codegen config against the gateway's checked-in schema. `documentMode: 'string'`
// keeps the graphql package out of the browser bundle: documents are typed strings.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>', Upload: 'File' },
      },
    },
  },
};

export default config;
