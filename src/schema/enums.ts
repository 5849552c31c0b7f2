import {
  ActorType,
  CandidateEventType,
  CandidateStatus,
  CvParseSource,
  EmailStatus,
  NotificationKind,
  ProcessingOutcome,
  ProcessingStage,
  ProcessingStatus,
  InterviewStatus,
  JobPositionStatus,
  SkillCategory,
  SkillProficiency,
  UserRole,
} from '../generated/prisma/enums.js';
import { builder } from './builder.js';

export const CandidateStatusEnum = builder.enumType(CandidateStatus, {
  name: 'CandidateStatus',
  description: 'PENDING: without an email, awaiting completion (becomes NEW once given one); NEW → INVITED → INTERVIEWED → SELECTED | REJECTED',
});
export const JobPositionStatusEnum = builder.enumType(JobPositionStatus, { name: 'JobPositionStatus' });
export const CvParseSourceEnum = builder.enumType(CvParseSource, { name: 'CvParseSource' });
export const SkillCategoryEnum = builder.enumType(SkillCategory, { name: 'SkillCategory' });
export const SkillProficiencyEnum = builder.enumType(SkillProficiency, { name: 'SkillProficiency' });
export const InterviewStatusEnum = builder.enumType(InterviewStatus, { name: 'InterviewStatus' });
export const CandidateEventTypeEnum = builder.enumType(CandidateEventType, { name: 'CandidateEventType' });
export const ActorTypeEnum = builder.enumType(ActorType, { name: 'ActorType' });
export const UserRoleEnum = builder.enumType(UserRole, { name: 'UserRole' });
export const EmailDeliveryEnum = builder.enumType(EmailStatus, { name: 'EmailDelivery', description: 'PENDING until the outbox sender has delivered it; FAILED once every retry was refused' });
export const ProcessingStatusEnum = builder.enumType(ProcessingStatus, { name: 'ProcessingStatus' });
export const ProcessingStageEnum = builder.enumType(ProcessingStage, {
  name: 'ProcessingStage',
  description: 'RECEIVED → EXTRACTING_TEXT → EXTRACTING_FIELDS → CHECKING_DUPLICATES → SAVING → COMPLETED, or FAILED',
});
export const ProcessingOutcomeEnum = builder.enumType(ProcessingOutcome, {
  name: 'ProcessingOutcome',
  description: 'CANDIDATE_CREATED; RESUME_ATTACHED to an existing candidate with the same email, for review; NEEDS_COMPLETION when no email was found (candidate saved as PENDING); FAILED',
});
export const NotificationKindEnum = builder.enumType(NotificationKind, { name: 'NotificationKind' });
