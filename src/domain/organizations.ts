import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client.js';

export const organizationSlug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'a slug is 1-63 lower-case letters, digits or dashes, not starting or ending with a dash');

export async function createOrganization(prisma: PrismaClient, input: { slug: string; name?: string | undefined }) {
  const slug = organizationSlug.parse(input.slug);
  const existing = await prisma.organization.findUnique({ where: { slug } });
  if (existing) throw new Error(`Organization "${slug}" already exists.`);
  return prisma.organization.create({ data: { slug, name: input.name?.trim() || slug } });
}

export async function findOrganizationBySlug(prisma: PrismaClient, slug: string) {
  const organization = await prisma.organization.findUnique({ where: { slug } });
  if (!organization) throw new Error(`No organization "${slug}". Create it with: candidate-gateway orgs create ${slug}`);
  return organization;
}
