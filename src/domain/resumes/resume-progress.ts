import type { AppServices } from '../../app-services.js';
import type { ResumeUpload } from '../../generated/prisma/client.js';

/** Announces an upload's new processing state to `resumeProcessing` subscribers. */
export function publishResumeProgress(services: Pick<AppServices, 'pubsub'>, upload: Omit<ResumeUpload, 'content'>) {
  services.pubsub.publish('resume:progress', upload.id, {
    uploadId: upload.id,
    organizationId: upload.organizationId,
    status: upload.status,
    stage: upload.stage,
    progress: upload.progress,
    outcome: upload.outcome,
    error: upload.error,
    candidateId: upload.candidateId,
  });
}
