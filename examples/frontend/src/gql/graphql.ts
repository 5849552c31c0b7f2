/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** PENDING: imported without an email and awaiting completion; NEW → INVITED → INTERVIEWED → SELECTED | REJECTED */
export type CandidateStatus =
  | 'INTERVIEWED'
  | 'INVITED'
  | 'NEW'
  | 'PENDING'
  | 'REJECTED'
  | 'SELECTED';

export type CertificationInput = {
  credentialId?: string | null | undefined;
  credentialUrl?: string | null | undefined;
  expiryDate?: string | null | undefined;
  issueDate?: string | null | undefined;
  issuer?: string | null | undefined;
  name: string;
};

export type CreateCandidateInput = {
  cv?: CvInput | null | undefined;
  /** Unique within the job position */
  email?: string | null | undefined;
  externalId?: string | null | undefined;
  /** 1-100 characters */
  firstName?: string | null | undefined;
  /** 1-200 characters; kept exactly as given. First/last names are derived from it when not given. */
  fullName?: string | null | undefined;
  /** Same as the Idempotency-Key header (which wins): a retry with the same key and payload returns the first response instead of acting twice. Kept 24 hours per API key. */
  idempotencyKey?: string | null | undefined;
  /** Where the candidate came from (default "api") */
  importSource?: string | null | undefined;
  /** Celper/PeopleLens candidates belong to a position; optional otherwise */
  jobPositionId?: string | number | null | undefined;
  /** Up to 100 characters */
  lastName?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  /** Up to 10 KB */
  notes?: string | null | undefined;
  /** The user who owns the candidate */
  ownerId?: string | number | null | undefined;
  /** Up to 50 characters */
  phone?: string | null | undefined;
  /** Up to 100 characters */
  title?: string | null | undefined;
};

/** The structured CV of seed 003; omitted lists mean none */
export type CvInput = {
  certifications?: Array<CertificationInput> | null | undefined;
  education?: Array<EducationInput> | null | undefined;
  linkedinUrl?: string | null | undefined;
  portfolioUrl?: string | null | undefined;
  skills?: Array<SkillInput> | null | undefined;
  summary?: string | null | undefined;
  workExperiences?: Array<WorkExperienceInput> | null | undefined;
};

export type EducationInput = {
  degree?: string | null | undefined;
  endDate?: string | null | undefined;
  field?: string | null | undefined;
  institution: string;
  startDate?: string | null | undefined;
};

export type ErrorCode =
  | 'ACTIVE_SESSION'
  | 'ANALYSIS_NOT_VIEWED'
  | 'DUPLICATE_EMAIL'
  | 'FORBIDDEN'
  | 'IDEMPOTENCY_IN_PROGRESS'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INTERNAL'
  | 'INVALID_STATUS'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'SESSION_NOT_ACTIVE'
  | 'UNAUTHENTICATED'
  | 'VALIDATION';

export type SkillCategory =
  | 'LANGUAGE'
  | 'SOFT'
  | 'TECHNICAL';

export type SkillInput = {
  category?: SkillCategory | null | undefined;
  name: string;
  proficiency?: SkillProficiency | null | undefined;
};

export type SkillProficiency =
  | 'ADVANCED'
  | 'BEGINNER'
  | 'EXPERT'
  | 'INTERMEDIATE';

export type WorkExperienceInput = {
  company: string;
  description?: string | null | undefined;
  /** Omit while current */
  endDate?: string | null | undefined;
  isCurrent?: boolean | null | undefined;
  /** YYYY-MM (or YYYY) */
  startDate?: string | null | undefined;
  title: string;
};

export type FrontendCandidatesQueryVariables = Exact<{
  first: number;
  status?: Array<CandidateStatus> | CandidateStatus | null | undefined;
}>;


export type FrontendCandidatesQuery = { candidates: { totalCount: number, edges: Array<{ node: { id: string, fullName: string, email: string | null, status: CandidateStatus, createdAt: string } }> } };

export type FrontendCreateCandidateMutationVariables = Exact<{
  input: CreateCandidateInput;
}>;


export type FrontendCreateCandidateMutation = { createCandidate:
    | { __typename: 'CandidatePayload', candidate: { id: string, fullName: string, status: CandidateStatus } }
    | { __typename: 'DuplicateEmailError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyInProgressError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const FrontendCandidatesDocument = new TypedDocumentString(`
    query FrontendCandidates($first: Int!, $status: [CandidateStatus!]) {
  candidates(first: $first, filter: {status: $status}) {
    totalCount
    edges {
      node {
        id
        fullName
        email
        status
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FrontendCandidatesQuery, FrontendCandidatesQueryVariables>;
export const FrontendCreateCandidateDocument = new TypedDocumentString(`
    mutation FrontendCreateCandidate($input: CreateCandidateInput!) {
  createCandidate(input: $input) {
    __typename
    ... on CandidatePayload {
      candidate {
        id
        fullName
        status
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FrontendCreateCandidateMutation, FrontendCreateCandidateMutationVariables>;