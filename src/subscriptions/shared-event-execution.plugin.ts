import { execute } from '@graphql-tools/executor';
import { createSourceEventStream, GraphQLError, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Auth } from '../auth/authenticate.js';
import type { Context } from '../context.js';

type MaybePromise<T> = T | Promise<T>;

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
  return id;
}

/**
 * Everything a subscription's answer to one event may depend on. Yoga's parser cache hands every
 * subscriber of the same text the same document object.
 */
function groupKey(args: ExecutionArgs, auth: Auth): string {
  return JSON.stringify([documentId(args.document), args.operationName ?? null, args.variableValues ?? null, auth.organizationId, [...auth.scopes].sort()]);
}

/**
 * The group's shared execution sees the tenant and the scopes and nothing else of the key: a field
 * that read the key itself would give one subscriber another's answer, so it fails loudly instead.
 */
function groupContext(context: Context): Context {
  const { organizationId, scopes } = context.auth;
  const auth = { organizationId, scopes } as Auth;
  for (const name of ['apiKeyId', 'keyPrefix', 'keyName'] as const) {
    Object.defineProperty(auth, name, {
      get() {
        throw new Error(`auth.${name} is not available while a subscription event is executed for a group of subscribers`);
      },
    });
  }
  return { ...context, auth, subscriber: null };
}

/** The same error wrapping as graphql-js and @graphql-tools/executor give a failing event stream. */
function streamError(error: unknown, args: ExecutionArgs): GraphQLError {
  const original = error instanceof Error ? error : new Error(String(error));
  return new GraphQLError(original.message, { originalError: original, nodes: args.document.definitions.filter((d) => d.kind === 'OperationDefinition') });
}

function mapEvents(source: AsyncIterator<unknown>, map: (payload: unknown) => MaybePromise<ExecutionResult>, args: ExecutionArgs): AsyncIterableIterator<ExecutionResult> {
  // Not an async generator: return() must reach the source at once, not after its next event.
  return {
    async next() {
      let step: IteratorResult<unknown>;
      try {
        step = await source.next();
      } catch (error) {
        throw streamError(error, args);
      }
      return step.done ? { value: undefined, done: true } : { value: await map(step.value), done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      if (source.throw) await source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * One execution per event and group of subscribers instead of one per subscriber: subscribers with
 * the same document, variables, tenant and scopes get the same result object. Each subscriber keeps
 * its own event stream (its filters, its bounded queue); a stream yields the same payload object to
 * every subscriber of an event (see `oncePerMessage`), and that object keys the shared results.
 */
export function useSharedEventExecution(): Plugin<Context> {
  const results = new WeakMap<object, Map<string, MaybePromise<ExecutionResult>>>();
  return {
    onSubscribe({ args, setSubscribeFn }) {
      const context = args.contextValue as Partial<Context>;
      if (!context.auth) return;
      const key = groupKey(args, context.auth);
      const shared = groupContext(context as Context);
      setSubscribeFn(async (subscribeArgs: ExecutionArgs) => {
        const stream = await createSourceEventStream(subscribeArgs);
        if (!(Symbol.asyncIterator in stream)) return stream;
        const iterator = stream[Symbol.asyncIterator]();
        return mapEvents(
          iterator,
          (payload) => {
            const run = () => execute({ ...subscribeArgs, contextValue: shared, rootValue: payload }) as MaybePromise<ExecutionResult>;
            if (payload === null || typeof payload !== 'object') return run();
            let byGroup = results.get(payload);
            if (!byGroup) results.set(payload, (byGroup = new Map()));
            let result = byGroup.get(key);
            if (!result) byGroup.set(key, (result = run()));
            return result;
          },
          subscribeArgs,
        );
      });
    },
  };
}
