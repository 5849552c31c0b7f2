import { GraphQLError, type ExecutionResult } from 'graphql';
import { isPromise, type Plugin } from 'graphql-yoga';

/**
 * Answers TIMEOUT once an operation runs longer than `timeoutMs`. graphql-js cannot stop running
 * resolvers, so work already started (a transaction) finishes on its own; the caller stops waiting.
 */
export function useExecutionTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        const running = executeFn(args);
        // A synchronous execution has already finished: nothing to time, and no timer to set.
        if (!isPromise(running)) return running;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () => resolve({ errors: [new GraphQLError(`The operation did not finish within ${timeoutMs} ms`, { extensions: { code: 'TIMEOUT', http: { status: 504 } } })] }),
            timeoutMs,
          );
        });
        return Promise.race([running as Promise<ExecutionResult>, timeout]).finally(() => clearTimeout(timer));
      });
    },
  };
}
