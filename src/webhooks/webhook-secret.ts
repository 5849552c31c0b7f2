import { randomBytes } from 'node:crypto';

/** A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64, as the spec's libraries expect. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** How long the secret before a rotation keeps signing, so receivers can switch without missing a delivery. */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;
