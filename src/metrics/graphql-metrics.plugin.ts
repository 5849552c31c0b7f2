import { performance } from 'node:perf_hooks';
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Histogram } from 'prom-client';
import { withEnd } from '../subscriptions/stream-end.js';
import type { Metrics } from './metrics.js';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

type Phase = 'parse' | 'validate' | 'context' | 'execute' | 'subscribe';

/** What an error without a code of its own is counted as, by the phase it came from. */
const UNCODED: Record<Phase, string> = {
  parse: 'GRAPHQL_PARSE_FAILED',
  validate: 'GRAPHQL_VALIDATION_FAILED',
  context: 'INTERNAL',
  execute: 'INTERNAL',
  subscribe: 'INTERNAL',
};

function errorCode(error: unknown, phase: Phase): string {
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return typeof code === 'string' ? code : UNCODED[phase];
}

/** One operation of one document: its type, and its two series with their labels already bound. */
interface OperationSeries {
  type: string;
  operations: Counter.Internal;
  duration: Histogram.Internal<'operation_type' | 'operation_name'>;
}

/**
 * GraphQL operations, their durations and their errors, under conventional names. It hooks the envelop
 * pipeline, so HTTP, SSE, graphql-ws (which runs `yoga.getEnveloped`) and the REST layer are all counted.
 * /metrics itself is served by the gateway (with its token).
 *
 * prom-client directly rather than through @graphql-yoga/plugin-prometheus: that plugin rebuilt its label
 * parameters and filtered its handler lists in every phase of every operation, 11 % of the CPU of a
 * `{ __typename }` request (test/bench/EXPERIMENTS.md). Here an operation's series are found once per
 * document and operation name, and a request costs one count and one observation.
 */
export function useGraphQLMetrics(metrics: Pick<Metrics, 'registry' | 'activeSubscriptions'>): Plugin[] {
  const registers = [metrics.registry];
  const operations = new Counter({ name: 'graphql_operations_total', help: 'GraphQL operations executed or subscribed (a subscription when it ends), by type and name', labelNames: ['operation_type', 'operation_name'] as const, registers });
  const duration = new Histogram({ name: 'graphql_operation_duration_seconds', help: 'Time to execute a GraphQL operation (a subscription: until it ends)', labelNames: ['operation_type', 'operation_name'] as const, buckets: SECONDS, registers });
  const errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors, one per error, by pipeline phase and extensions.code', labelNames: ['phase', 'code', 'operation_type'] as const, registers });

  // Documents come from Yoga's parse cache, so the same object returns for the same text.
  const seriesByDocument = new WeakMap<DocumentNode, Map<string, OperationSeries>>();
  const seriesOf = (document: DocumentNode, operationName: string | null | undefined): OperationSeries => {
    let byName = seriesByDocument.get(document);
    if (!byName) seriesByDocument.set(document, (byName = new Map()));
    let series = byName.get(operationName ?? '');
    if (!series) {
      const operation = getOperationAST(document, operationName);
      const type = operation?.operation ?? 'unknown';
      const name = operationName || operation?.name?.value || 'Anonymous';
      series = { type, operations: operations.labels(type, name), duration: duration.labels(type, name) };
      byName.set(operationName ?? '', series);
    }
    return series;
  };
  // What a context error is counted under: the context is built after the document is parsed.
  const documentOf = new WeakMap<object, DocumentNode>();

  const countErrors = (phase: Phase, type: string, found: readonly unknown[] | undefined) => {
    for (const error of found ?? []) errors.labels(phase, errorCode(error, phase), type).inc();
  };
  const finished = (series: OperationSeries, startedAt: number) => {
    series.operations.inc();
    series.duration.observe((performance.now() - startedAt) / 1000);
  };

  return [
    {
      onPluginInit({ registerContextErrorHandler }) {
        registerContextErrorHandler(({ context, error }) => {
          const document = documentOf.get(context);
          countErrors('context', document ? seriesOf(document, null).type : 'unknown', [error]);
        });
      },
      onParse({ context }) {
        return ({ result }) => {
          if (result instanceof Error) countErrors('parse', 'unknown', [result]);
          else if (result) documentOf.set(context, result);
        };
      },
      onValidate({ params }) {
        return ({ valid, result }) => {
          if (!valid) countErrors('validate', seriesOf(params.documentAST, null).type, result);
        };
      },
      onExecute({ args }) {
        const series = seriesOf(args.document, args.operationName);
        const startedAt = performance.now();
        return {
          onExecuteDone({ result }) {
            if (!isAsyncIterable(result)) {
              countErrors('execute', series.type, result.errors);
              finished(series, startedAt);
              return undefined;
            }
            // An incremental delivery (@defer, @stream): every part may carry errors; done when the last is sent.
            return {
              onNext: ({ result: part }) => countErrors('execute', series.type, (part as ExecutionResult).errors),
              onEnd: () => finished(series, startedAt),
            };
          },
        };
      },
      onSubscribe({ args }) {
        const series = seriesOf(args.document, args.operationName);
        const startedAt = performance.now();
        return {
          onSubscribeError: ({ error }) => countErrors('subscribe', series.type, [error]),
          onSubscribeResult({ result, setResult }) {
            if (!isAsyncIterable(result)) {
              countErrors('subscribe', series.type, result.errors);
              finished(series, startedAt);
              return undefined;
            }
            metrics.activeSubscriptions.inc();
            setResult(
              withEnd(result, () => {
                metrics.activeSubscriptions.dec();
                finished(series, startedAt);
              }),
            );
            return { onNext: ({ result: event }) => countErrors('subscribe', series.type, event.errors) };
          },
        };
      },
    },
  ];
}
