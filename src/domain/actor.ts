import type { Auth } from '../auth/authenticate.js';
import type { ActorType } from '../generated/prisma/client.js';

/** Who caused a change, as recorded in candidate events and the audit log. */
export interface Actor {
  organizationId: string;
  type: ActorType;
  id: string | null;
  name: string | null;
}

export function apiKeyActor(auth: Auth): Actor {
  return { organizationId: auth.organizationId, type: 'API_KEY', id: auth.apiKeyId, name: auth.keyName };
}

export function systemActor(organizationId: string, name: string): Actor {
  return { organizationId, type: 'SYSTEM', id: null, name };
}
