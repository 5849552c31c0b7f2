import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { withEnd } from '../subscriptions/stream-end.js';

export const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';

/** At most `max` active subscriptions per API key, counted in the one pipeline SSE and graphql-ws share. */
export function useSubscriptionCaps(max: number): Plugin<Context> {
  const active = new Map<string, number>();
  const release = (key: string) => {
    const left = (active.get(key) ?? 1) - 1;
    if (left > 0) active.set(key, left);
    else active.delete(key);
  };
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const key = (args.contextValue as Partial<Context>).auth?.apiKeyId;
      if (!key) return undefined;
      const count = active.get(key) ?? 0;
      if (count >= max) {
        setResultAndStopExecution({ errors: [new GraphQLError(`This API key already has ${count} active subscriptions, the most allowed`, { extensions: { code: TOO_MANY_SUBSCRIPTIONS } })] });
        return undefined;
      }
      active.set(key, count + 1);
      let released = false;
      const once = () => {
        if (released) return;
        released = true;
        release(key);
      };
      return {
        onSubscribeResult({ result, setResult }) {
          if (!isAsyncIterable(result)) {
            once();
            return undefined;
          }
          setResult(withEnd(result, once));
          return undefined;
        },
        onSubscribeError: once,
      };
    },
  };
}
