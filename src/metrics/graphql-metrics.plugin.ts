import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { createCounter, createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { withEnd } from '../subscriptions/stream-end.js';
import type { Metrics } from './metrics.js';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

function errorCode(error: unknown): string {
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return typeof code === 'string' ? code : 'INTERNAL';
}

/**
 * GraphQL operations through Yoga's Prometheus plugin, under conventional names. It hooks the
 * envelop pipeline, so HTTP, SSE, graphql-ws (which runs `yoga.getEnveloped`) and the REST
 * layer are all counted. /metrics itself is served by the gateway (with its token), not the plugin.
 */
export function useGraphQLMetrics(metrics: Pick<Metrics, 'registry' | 'activeSubscriptions'>): Plugin[] {
  const registry = metrics.registry;
  const prometheus = usePrometheus({
    registry,
    endpoint: false,
    skipIntrospection: false,
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: 'graphql_operations_total', help: 'GraphQL operations executed or subscribed, by type and name', labelNames: ['operation_type', 'operation_name'] },
        fillLabelsFn: (params) => ({ operation_type: params.operationType ?? 'unknown', operation_name: params.operationName ?? 'anonymous' }),
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_operation_duration_seconds', help: 'Time to execute a GraphQL operation (to the first result for subscriptions)', labelNames: ['operation_type', 'operation_name'], buckets: SECONDS },
        fillLabelsFn: (params) => ({ operation_type: params.operationType ?? 'unknown', operation_name: params.operationName ?? 'anonymous' }),
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: { name: 'graphql_errors_total', help: 'GraphQL errors in results, by pipeline phase and extensions.code', labelNames: ['phase', 'code', 'operation_type'] },
        fillLabelsFn: (params, _context) => ({ phase: params.errorPhase ?? 'unknown', code: errorCode(params.error), operation_type: params.operationType ?? 'unknown' }),
      }),
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: false,
    },
  });
  const subscriptions: Plugin = {
    onSubscribe() {
      return {
        onSubscribeResult({ result, setResult }) {
          if (!isAsyncIterable(result)) return;
          metrics.activeSubscriptions.inc();
          setResult(withEnd(result, () => metrics.activeSubscriptions.dec()));
        },
      };
    },
  };
  return [prometheus, subscriptions];
}
