export const SCOPES = [
  'read:candidates',
  'write:candidates',
  'action:invite',
  'action:decide',
  'write:interviews',
  'admin',
] as const;

export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Parses a comma-separated scope list; unknown scopes are an error, never silently dropped. */
export function parseScopes(csv: string): Scope[] {
  const wanted = csv.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((s) => !isScope(s));
  if (unknown.length > 0) throw new Error(`Unknown scope(s): ${unknown.join(', ')}. Known scopes: ${SCOPES.join(', ')}`);
  if (wanted.length === 0) throw new Error(`At least one scope is required. Known scopes: ${SCOPES.join(', ')}`);
  return [...new Set(wanted)] as Scope[];
}
