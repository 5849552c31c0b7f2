import type { CodegenConfig } from '@graphql-codegen/cli';

// Runs offline: the schema is the checked-in schema.graphql printed from Pothos
// (`npm run codegen` prints it first), and documents are the project's own operations.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.graphql', 'test/**/*.graphql', '!**/node_modules/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // ESM: relative imports carry their .js extension.
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
