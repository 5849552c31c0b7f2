// graphql-yoga alone on node:http, with a one-field schema and no plugins of ours: the floor of the
// gateway's HTTP and GraphQL stack, for `BENCH_BASELINE_DIR=test/bench/servers/bare-yoga.js
// BENCH_WORKLOADS=typename npm run bench` (test/bench/EXPERIMENTS.md). Configured as lean as the gateway's
// Yoga: no landing page or GraphiQL, and no body-size check (Yoga's streams each body through a TransformStream).
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { serveControl } from './control.js';

const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), logging: false, landingPage: false, graphiql: false, maxRequestBodySize: false });
createServer(yoga).listen(Number(process.env.PORT), '127.0.0.1', () => serveControl(Number(process.env.CONTROL_PORT), () => 0));
process.once('SIGTERM', () => process.exit(0));
