import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './organization/organization.type.js';
import './organization/viewer.query.js';

builder.queryType({});

export const schema: GraphQLSchema = lexicographicSortSchema(builder.toSchema());
