import type { ProcessingStage } from '../../generated/prisma/client.js';

/**
 * The résumé pipeline's stages in order, with the progress each one reports. CHECKING_DUPLICATES
 * is published only when a duplicate check runs (the résumé has an email); FAILED can follow any.
 */
export const STAGE_ORDER = ['RECEIVED', 'EXTRACTING_TEXT', 'EXTRACTING_FIELDS', 'CHECKING_DUPLICATES', 'SAVING', 'COMPLETED', 'FAILED'] as const satisfies readonly ProcessingStage[];

export const STAGE_PROGRESS: Record<ProcessingStage, number> = {
  RECEIVED: 0,
  EXTRACTING_TEXT: 15,
  EXTRACTING_FIELDS: 40,
  CHECKING_DUPLICATES: 60,
  SAVING: 80,
  COMPLETED: 100,
  FAILED: 100,
};
