import { z } from 'zod';
import type { AppServices } from '../app-services.js';
import { NotFoundError } from '../errors.js';
import type { Actor } from './actor.js';
import { parseInput } from './validate.js';

const skills = z.array(z.string().trim().min(1).max(100)).max(100).transform((list) => [...new Set(list)]);
const fields = {
  title: z.string().trim().min(1, 'must contain at least 1 character').max(200, 'must be at most 200 characters'),
  description: z.string().trim().max(20_000).nullish(),
  status: z.enum(['OPEN', 'PAUSED', 'CLOSED']),
  requiredSkills: skills,
};

const createSchema = z.object({ ...fields, status: fields.status.nullish(), requiredSkills: skills.nullish() });
const updateSchema = z.object({ title: fields.title.optional(), description: fields.description, status: fields.status.optional(), requiredSkills: skills.optional() });

export async function createJobPosition(services: AppServices, actor: Actor, raw: unknown) {
  const input = parseInput(createSchema, raw);
  return services.db.prisma.jobPosition.create({
    data: {
      organizationId: actor.organizationId,
      title: input.title,
      description: input.description ?? null,
      status: input.status ?? 'OPEN',
      requiredSkills: input.requiredSkills ?? [],
    },
  });
}

export async function updateJobPosition(services: AppServices, actor: Actor, id: string | null, raw: unknown) {
  const input = parseInput(updateSchema, raw);
  const { prisma } = services.db;
  const existing = id ? await prisma.jobPosition.findFirst({ where: { id, organizationId: actor.organizationId }, select: { id: true } }) : null;
  if (!existing) throw new NotFoundError('JobPosition');
  return prisma.jobPosition.update({
    where: { id: existing.id },
    data: {
      title: input.title,
      description: input.description === undefined ? undefined : input.description,
      status: input.status,
      requiredSkills: input.requiredSkills,
    },
  });
}
