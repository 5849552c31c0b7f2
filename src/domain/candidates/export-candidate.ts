import type { PrismaClient } from '../../generated/prisma/client.js';

/**
 * Everything stored about one candidate, as one JSON document for a data-subject access request.
 * Left out: interview link tokens (credentials, not data about the person) and résumé file bytes,
 * which are never kept after processing.
 */
export async function exportCandidate(prisma: PrismaClient, organizationId: string, candidateId: string): Promise<Record<string, unknown> | null> {
  const candidate = await prisma.candidate.findFirst({
    where: { id: candidateId, organizationId },
    include: {
      cv: { include: { workExperiences: { orderBy: { position: 'asc' } }, education: { orderBy: { position: 'asc' } }, skills: { orderBy: { position: 'asc' } }, certifications: { orderBy: { position: 'asc' } } } },
      interviews: { omit: { token: true }, orderBy: { createdAt: 'asc' } },
      events: { orderBy: { createdAt: 'asc' } },
      resumeUploads: { omit: { content: true }, orderBy: { createdAt: 'asc' } },
      emails: { orderBy: { createdAt: 'asc' } },
      notifications: { orderBy: { createdAt: 'asc' } },
      jobPosition: { select: { id: true, title: true } },
      owner: { select: { id: true, name: true, email: true } },
    },
  });
  if (!candidate) return null;
  const webhookEvents = await prisma.webhookEvent.findMany({ where: { candidateId, organizationId }, select: { id: true, type: true, payload: true, createdAt: true }, orderBy: { createdAt: 'asc' } });
  // A JSON round trip turns dates into ISO strings and drops nothing else.
  return JSON.parse(JSON.stringify({ exportedAt: new Date(), candidate, webhookEvents })) as Record<string, unknown>;
}
