import type { Auth } from './auth/authenticate.js';
import type { AppServices } from './app-services.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { SubscriberScope } from './subscriptions/subscriber-scope.js';

/** Who is calling and with what: built once per request or subscription. */
export interface Context {
  /** Scoped to the caller's organization (src/domain/tenant-scope.ts): it cannot reach another tenant's rows. */
  prisma: PrismaClient;
  auth: Auth;
  requestId: string;
  services: AppServices;
  /** The Idempotency-Key header of the HTTP request, if any. */
  idempotencyKey: string | null;
  /** The caller's address as the socket saw it, for the audit log. */
  ip?: string | null;
  /** The SSE response or graphql-ws socket serving a subscription: pub/sub disconnects it if it falls behind. */
  subscriber?: SubscriberScope | null;
}
