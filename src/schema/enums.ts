import {
  ActorType,
  CandidateEventType,
  CandidateStatus,
  CvParseSource,
  InterviewStatus,
  JobPositionStatus,
  SkillCategory,
  SkillProficiency,
  UserRole,
} from '../generated/prisma/enums.js';
import { builder } from './builder.js';

export const CandidateStatusEnum = builder.enumType(CandidateStatus, {
  name: 'CandidateStatus',
  description: 'PENDING: imported without an email and awaiting completion; NEW → INVITED → INTERVIEWED → SELECTED | REJECTED',
});
export const JobPositionStatusEnum = builder.enumType(JobPositionStatus, { name: 'JobPositionStatus' });
export const CvParseSourceEnum = builder.enumType(CvParseSource, { name: 'CvParseSource' });
export const SkillCategoryEnum = builder.enumType(SkillCategory, { name: 'SkillCategory' });
export const SkillProficiencyEnum = builder.enumType(SkillProficiency, { name: 'SkillProficiency' });
export const InterviewStatusEnum = builder.enumType(InterviewStatus, { name: 'InterviewStatus' });
export const CandidateEventTypeEnum = builder.enumType(CandidateEventType, { name: 'CandidateEventType' });
export const ActorTypeEnum = builder.enumType(ActorType, { name: 'ActorType' });
export const UserRoleEnum = builder.enumType(UserRole, { name: 'UserRole' });
