import { GraphQLError } from 'graphql';
import { SUBSCRIBER_TOO_SLOW } from './subscriber-scope.js';

/**
 * One subscriber's queue of undelivered events, at most `limit` long. A subscriber that falls
 * further behind is failed (its queue dropped, `onOverflow` told) instead of growing memory or
 * making the publisher throw.
 */
export class BoundedSubscription<T> implements AsyncIterableIterator<T> {
  private queue: T[] = [];
  private waiting: { resolve(r: IteratorResult<T>): void; reject(e: unknown): void } | null = null;
  private failure: GraphQLError | null = null;
  private finished = false;

  constructor(
    private readonly limit: number,
    private readonly cleanup: () => void,
    private readonly onOverflow: (error: GraphQLError) => void,
  ) {}

  push(value: T) {
    if (this.finished) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
      return;
    }
    if (this.queue.length < this.limit) return void this.queue.push(value);
    this.failure = new GraphQLError(`This subscriber fell more than ${this.limit} events behind and was disconnected`, { extensions: { code: SUBSCRIBER_TOO_SLOW } });
    this.queue = [];
    this.finish();
    this.onOverflow(this.failure);
  }

  /** Ends the subscription normally (server shutdown): the transport sends `complete`. */
  complete() {
    this.finish();
    if (this.waiting) {
      this.waiting.resolve({ value: undefined, done: true });
      this.waiting = null;
    }
  }

  private finish() {
    if (this.finished) return;
    this.finished = true;
    this.cleanup();
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.queue.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.queue = [];
    this.complete();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.queue = [];
    this.complete();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
