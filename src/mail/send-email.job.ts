import type { PrismaClient } from '../generated/prisma/client.js';
import type { JobHandler } from '../jobs/worker.js';
import type { MailTransport } from './mail-transport.js';

/** Delivers one outbox message; a message already sent is not sent again on a retried job. */
export function sendEmailHandler(prisma: PrismaClient, transport: MailTransport, from: string): JobHandler {
  return {
    async run(job) {
      const message = await prisma.emailMessage.findUnique({ where: { id: job.subjectId } });
      if (!message || message.status === 'SENT') return;
      try {
        const { messageId } = await transport.send({ id: message.id, from, to: message.toAddress, subject: message.subject, text: message.body });
        await prisma.emailMessage.update({ where: { id: message.id }, data: { status: 'SENT', messageId, sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
      } catch (error) {
        await prisma.emailMessage.update({ where: { id: message.id }, data: { attempts: { increment: 1 }, lastError: (error as Error).message.slice(0, 2000) } });
        throw error;
      }
    },
    async onDead(job, error) {
      await prisma.emailMessage.updateMany({ where: { id: job.subjectId, status: 'PENDING' }, data: { status: 'FAILED', lastError: error.message.slice(0, 2000) } });
    },
  };
}
