import { ZodError } from 'zod';
import { ConfigError } from '../config.js';
import { DataDirLockedError } from '../db/client.js';
import { DomainError } from '../errors.js';

export interface DescribedError {
  message: string;
  /** 78 (EX_CONFIG) for a problem of settings or environment, 1 otherwise. */
  exitCode: number;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', '28P01', '3D000']);

/** The error's own code, or that of a cause below it (driver adapters wrap the pg error). */
function codeOf(error: unknown): string | undefined {
  for (let current = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; current && depth < 5; current = current.cause as typeof current, depth += 1) {
    if (typeof current.code === 'string' && CONNECTION_CODES.has(current.code)) return current.code;
    const original = (current as { originalCode?: unknown }).originalCode;
    if (typeof original === 'string' && CONNECTION_CODES.has(original)) return original;
  }
  return undefined;
}

/** Turns what a command threw into one message a person can act on: never a stack or a raw issue list. */
export function describeError(error: unknown): DescribedError {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) return { message: error.message, exitCode: 78 };
  if (error instanceof ZodError) {
    const lines = error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
    return { message: `Invalid input: ${lines.join('; ')}`, exitCode: 1 };
  }
  if (error instanceof DomainError) return { message: error.message, exitCode: 1 };
  const code = codeOf(error);
  if (code) {
    const why = code === '28P01' ? 'the password was refused' : code === '3D000' ? 'the database does not exist' : code;
    return { message: `Cannot use the database at DATABASE_URL: ${why}. Check the URL and that the server is running.`, exitCode: 78 };
  }
  // Prisma's own messages end in blank lines and may span several; one trimmed block reads better.
  return { message: ((error as Error)?.message ?? String(error)).trim().replace(/\n\s*\n/g, ' '), exitCode: 1 };
}
