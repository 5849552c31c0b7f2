import type { InputFields } from '../builder.js';

/** The input-field twin of the Idempotency-Key header, for transports without headers (WebSocket). */
export const idempotencyKeyField = (t: InputFields) => ({
  idempotencyKey: t.string({
    description: 'Same as the Idempotency-Key header (which wins): a retry with the same key and payload returns the first response instead of acting twice. Kept 24 hours per API key.',
  }),
});
