/**
 * The stream, calling `onEnd` once however it ends: done, returned, thrown into, or failed.
 * envelop's own `onEnd` misses a failed `next()` (a subscriber cut as too slow ends that way, and
 * graphql-ws then drops the stream without `return()`), which left counts held forever.
 */
export function withEnd<T>(stream: AsyncIterable<T>, onEnd: () => void): AsyncIterableIterator<T> {
  const iterator = stream[Symbol.asyncIterator]();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const observed: AsyncIterableIterator<T> = {
    next: (...args: [] | [unknown]) =>
      iterator.next(...args).then(
        (step) => {
          if (step.done) end();
          return step;
        },
        (error: unknown) => {
          end();
          throw error;
        },
      ),
    return: (value?: unknown) => {
      end();
      return iterator.return?.(value) ?? Promise.resolve({ value: undefined, done: true });
    },
    throw: (error?: unknown) => {
      end();
      return iterator.throw?.(error) ?? Promise.reject(error);
    },
    [Symbol.asyncIterator]: () => observed,
  };
  return observed;
}
