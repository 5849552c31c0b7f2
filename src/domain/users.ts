import { z } from 'zod';
import type { AppServices } from '../app-services.js';
import { ValidationError } from '../errors.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Actor } from './actor.js';
import { emailSchema } from './candidates/candidate-input.js';
import { normalizeEmail } from './candidates/dedupe.js';
import { parseInput } from './validate.js';

const createSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  role: z.enum(['ADMIN', 'RECRUITER', 'HIRING_MANAGER']).nullish(),
});

/** Members of the organization: they own candidates and receive résumé notifications. */
export async function createUser(services: AppServices, actor: Actor, raw: unknown) {
  const input = parseInput(createSchema, raw);
  try {
    return await services.db.prisma.user.create({
      data: { organizationId: actor.organizationId, email: normalizeEmail(input.email), name: input.name, role: input.role ?? 'RECRUITER' },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw ValidationError.single(['email'], 'a user with this email already exists in the organization');
    }
    throw error;
  }
}
