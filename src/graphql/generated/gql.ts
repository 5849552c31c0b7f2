/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation CelperDeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.CelperDeleteCandidateDocument,
    "query CelperCandidate($id: ID!, $jobPositionId: ID!) {\n  candidate(id: $id, jobPositionId: $jobPositionId) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    status\n    cvScore\n    interviewScore\n    notes\n    cvText\n    aiEvaluation\n    upsides\n    shortcomings\n    analysisViewed\n    importSource\n    importedWithoutCv\n    originalCvFileName\n    createdAt\n    updatedAt\n    latestInterview {\n      id\n    }\n  }\n}": typeof types.CelperCandidateDocument,
    "query CelperCandidateStatus($id: ID!, $jobPositionId: ID!) {\n  candidate(id: $id, jobPositionId: $jobPositionId) {\n    status\n    analysisViewed\n    interviewScore\n  }\n}": typeof types.CelperCandidateStatusDocument,
    "mutation CelperInviteCandidate($input: InviteCandidateInput!) {\n  inviteCandidate(input: $input) {\n    __typename\n    ... on InviteCandidatePayload {\n      invited\n      sessionId\n      emailDelivery\n      expiresAt\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.CelperInviteCandidateDocument,
    "mutation CelperRejectCandidate($input: RejectCandidateInput!) {\n  rejectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.CelperRejectCandidateDocument,
    "mutation CelperSelectCandidate($input: SelectCandidateInput!) {\n  selectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.CelperSelectCandidateDocument,
    "mutation CelperUpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        id\n        firstName\n        lastName\n        email\n        phone\n        status\n        notes\n        updatedAt\n      }\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.CelperUpdateCandidateDocument,
    "fragment CompatErrorFields on Error {\n  code\n  message\n  ... on ValidationError {\n    issues {\n      path\n      message\n    }\n  }\n  ... on InvalidStatusError {\n    currentStatus\n    allowedStatuses\n  }\n  ... on ActiveSessionError {\n    sessionId\n  }\n  ... on DuplicateEmailError {\n    email\n  }\n  ... on NotFoundError {\n    entity\n  }\n}": typeof types.CompatErrorFieldsFragmentDoc,
    "mutation PeopleLensDeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.PeopleLensDeleteCandidateDocument,
    "query PeopleLensCandidate($id: ID!) {\n  candidate(id: $id) {\n    id\n    firstName\n    lastName\n    email\n    status\n    externalId\n    metadata\n    jobPosition {\n      id\n      title\n      status\n    }\n  }\n}": typeof types.PeopleLensCandidateDocument,
    "query PeopleLensCandidateStatus($id: ID!) {\n  candidateStatus(id: $id) {\n    candidateId\n    candidateName\n    latestInterview {\n      planId\n      status\n      totalSteps\n      completedSteps\n      createdAt\n      updatedAt\n    }\n  }\n}": typeof types.PeopleLensCandidateStatusDocument,
    "mutation PeopleLensHireCandidate($input: SelectCandidateInput!) {\n  selectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.PeopleLensHireCandidateDocument,
    "fragment PeopleLensCandidateSummary on Candidate {\n  id\n  firstName\n  lastName\n  email\n  status\n}": typeof types.PeopleLensCandidateSummaryFragmentDoc,
    "mutation PeopleLensRejectCandidate($input: RejectCandidateInput!) {\n  rejectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.PeopleLensRejectCandidateDocument,
    "mutation PeopleLensUpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.PeopleLensUpdateCandidateDocument,
    "mutation RecruitsomeUploadResume($input: UploadResumeInput!) {\n  uploadResume(input: $input) {\n    __typename\n    ... on ResumeUploadPayload {\n      upload {\n        id\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.RecruitsomeUploadResumeDocument,
    "mutation Round0CreateCandidate($input: CreateCandidateInput!) {\n  createCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...Round0CandidateFields\n      }\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.Round0CreateCandidateDocument,
    "mutation Round0DeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.Round0DeleteCandidateDocument,
    "query Round0Candidate($id: ID!) {\n  candidate(id: $id) {\n    ...Round0CandidateFields\n  }\n}": typeof types.Round0CandidateDocument,
    "query Round0Candidates($first: Int!, $offset: Int!, $filter: CandidateFilter, $orderBy: CandidateOrder) {\n  candidates(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    edges {\n      node {\n        ...Round0CandidateFields\n      }\n    }\n  }\n}": typeof types.Round0CandidatesDocument,
    "fragment Round0CandidateFields on Candidate {\n  id\n  fullName\n  title\n  createdAt\n  updatedAt\n  cv {\n    summary\n    workExperiences {\n      company\n      title\n      startDate\n      endDate\n      isCurrent\n      description\n    }\n    education {\n      institution\n      degree\n      field\n      startDate\n      endDate\n    }\n    skills {\n      name\n      category\n      proficiency\n    }\n    certifications {\n      name\n      issuer\n      issueDate\n      expiryDate\n      credentialId\n      credentialUrl\n    }\n    linkedinUrl\n    portfolioUrl\n    parsedAt\n    parseSource\n  }\n}": typeof types.Round0CandidateFieldsFragmentDoc,
    "mutation Round0UpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...Round0CandidateFields\n      }\n    }\n    ...CompatErrorFields\n  }\n}": typeof types.Round0UpdateCandidateDocument,
};
const documents: Documents = {
    "mutation CelperDeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}": types.CelperDeleteCandidateDocument,
    "query CelperCandidate($id: ID!, $jobPositionId: ID!) {\n  candidate(id: $id, jobPositionId: $jobPositionId) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    status\n    cvScore\n    interviewScore\n    notes\n    cvText\n    aiEvaluation\n    upsides\n    shortcomings\n    analysisViewed\n    importSource\n    importedWithoutCv\n    originalCvFileName\n    createdAt\n    updatedAt\n    latestInterview {\n      id\n    }\n  }\n}": types.CelperCandidateDocument,
    "query CelperCandidateStatus($id: ID!, $jobPositionId: ID!) {\n  candidate(id: $id, jobPositionId: $jobPositionId) {\n    status\n    analysisViewed\n    interviewScore\n  }\n}": types.CelperCandidateStatusDocument,
    "mutation CelperInviteCandidate($input: InviteCandidateInput!) {\n  inviteCandidate(input: $input) {\n    __typename\n    ... on InviteCandidatePayload {\n      invited\n      sessionId\n      emailDelivery\n      expiresAt\n    }\n    ...CompatErrorFields\n  }\n}": types.CelperInviteCandidateDocument,
    "mutation CelperRejectCandidate($input: RejectCandidateInput!) {\n  rejectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}": types.CelperRejectCandidateDocument,
    "mutation CelperSelectCandidate($input: SelectCandidateInput!) {\n  selectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}": types.CelperSelectCandidateDocument,
    "mutation CelperUpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        id\n        firstName\n        lastName\n        email\n        phone\n        status\n        notes\n        updatedAt\n      }\n    }\n    ...CompatErrorFields\n  }\n}": types.CelperUpdateCandidateDocument,
    "fragment CompatErrorFields on Error {\n  code\n  message\n  ... on ValidationError {\n    issues {\n      path\n      message\n    }\n  }\n  ... on InvalidStatusError {\n    currentStatus\n    allowedStatuses\n  }\n  ... on ActiveSessionError {\n    sessionId\n  }\n  ... on DuplicateEmailError {\n    email\n  }\n  ... on NotFoundError {\n    entity\n  }\n}": types.CompatErrorFieldsFragmentDoc,
    "mutation PeopleLensDeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}": types.PeopleLensDeleteCandidateDocument,
    "query PeopleLensCandidate($id: ID!) {\n  candidate(id: $id) {\n    id\n    firstName\n    lastName\n    email\n    status\n    externalId\n    metadata\n    jobPosition {\n      id\n      title\n      status\n    }\n  }\n}": types.PeopleLensCandidateDocument,
    "query PeopleLensCandidateStatus($id: ID!) {\n  candidateStatus(id: $id) {\n    candidateId\n    candidateName\n    latestInterview {\n      planId\n      status\n      totalSteps\n      completedSteps\n      createdAt\n      updatedAt\n    }\n  }\n}": types.PeopleLensCandidateStatusDocument,
    "mutation PeopleLensHireCandidate($input: SelectCandidateInput!) {\n  selectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}": types.PeopleLensHireCandidateDocument,
    "fragment PeopleLensCandidateSummary on Candidate {\n  id\n  firstName\n  lastName\n  email\n  status\n}": types.PeopleLensCandidateSummaryFragmentDoc,
    "mutation PeopleLensRejectCandidate($input: RejectCandidateInput!) {\n  rejectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}": types.PeopleLensRejectCandidateDocument,
    "mutation PeopleLensUpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}": types.PeopleLensUpdateCandidateDocument,
    "mutation RecruitsomeUploadResume($input: UploadResumeInput!) {\n  uploadResume(input: $input) {\n    __typename\n    ... on ResumeUploadPayload {\n      upload {\n        id\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}": types.RecruitsomeUploadResumeDocument,
    "mutation Round0CreateCandidate($input: CreateCandidateInput!) {\n  createCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...Round0CandidateFields\n      }\n    }\n    ...CompatErrorFields\n  }\n}": types.Round0CreateCandidateDocument,
    "mutation Round0DeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}": types.Round0DeleteCandidateDocument,
    "query Round0Candidate($id: ID!) {\n  candidate(id: $id) {\n    ...Round0CandidateFields\n  }\n}": types.Round0CandidateDocument,
    "query Round0Candidates($first: Int!, $offset: Int!, $filter: CandidateFilter, $orderBy: CandidateOrder) {\n  candidates(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    edges {\n      node {\n        ...Round0CandidateFields\n      }\n    }\n  }\n}": types.Round0CandidatesDocument,
    "fragment Round0CandidateFields on Candidate {\n  id\n  fullName\n  title\n  createdAt\n  updatedAt\n  cv {\n    summary\n    workExperiences {\n      company\n      title\n      startDate\n      endDate\n      isCurrent\n      description\n    }\n    education {\n      institution\n      degree\n      field\n      startDate\n      endDate\n    }\n    skills {\n      name\n      category\n      proficiency\n    }\n    certifications {\n      name\n      issuer\n      issueDate\n      expiryDate\n      credentialId\n      credentialUrl\n    }\n    linkedinUrl\n    portfolioUrl\n    parsedAt\n    parseSource\n  }\n}": types.Round0CandidateFieldsFragmentDoc,
    "mutation Round0UpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...Round0CandidateFields\n      }\n    }\n    ...CompatErrorFields\n  }\n}": types.Round0UpdateCandidateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CelperDeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation CelperDeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CelperCandidate($id: ID!, $jobPositionId: ID!) {\n  candidate(id: $id, jobPositionId: $jobPositionId) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    status\n    cvScore\n    interviewScore\n    notes\n    cvText\n    aiEvaluation\n    upsides\n    shortcomings\n    analysisViewed\n    importSource\n    importedWithoutCv\n    originalCvFileName\n    createdAt\n    updatedAt\n    latestInterview {\n      id\n    }\n  }\n}"): (typeof documents)["query CelperCandidate($id: ID!, $jobPositionId: ID!) {\n  candidate(id: $id, jobPositionId: $jobPositionId) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    status\n    cvScore\n    interviewScore\n    notes\n    cvText\n    aiEvaluation\n    upsides\n    shortcomings\n    analysisViewed\n    importSource\n    importedWithoutCv\n    originalCvFileName\n    createdAt\n    updatedAt\n    latestInterview {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CelperCandidateStatus($id: ID!, $jobPositionId: ID!) {\n  candidate(id: $id, jobPositionId: $jobPositionId) {\n    status\n    analysisViewed\n    interviewScore\n  }\n}"): (typeof documents)["query CelperCandidateStatus($id: ID!, $jobPositionId: ID!) {\n  candidate(id: $id, jobPositionId: $jobPositionId) {\n    status\n    analysisViewed\n    interviewScore\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CelperInviteCandidate($input: InviteCandidateInput!) {\n  inviteCandidate(input: $input) {\n    __typename\n    ... on InviteCandidatePayload {\n      invited\n      sessionId\n      emailDelivery\n      expiresAt\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation CelperInviteCandidate($input: InviteCandidateInput!) {\n  inviteCandidate(input: $input) {\n    __typename\n    ... on InviteCandidatePayload {\n      invited\n      sessionId\n      emailDelivery\n      expiresAt\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CelperRejectCandidate($input: RejectCandidateInput!) {\n  rejectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation CelperRejectCandidate($input: RejectCandidateInput!) {\n  rejectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CelperSelectCandidate($input: SelectCandidateInput!) {\n  selectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation CelperSelectCandidate($input: SelectCandidateInput!) {\n  selectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CelperUpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        id\n        firstName\n        lastName\n        email\n        phone\n        status\n        notes\n        updatedAt\n      }\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation CelperUpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        id\n        firstName\n        lastName\n        email\n        phone\n        status\n        notes\n        updatedAt\n      }\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CompatErrorFields on Error {\n  code\n  message\n  ... on ValidationError {\n    issues {\n      path\n      message\n    }\n  }\n  ... on InvalidStatusError {\n    currentStatus\n    allowedStatuses\n  }\n  ... on ActiveSessionError {\n    sessionId\n  }\n  ... on DuplicateEmailError {\n    email\n  }\n  ... on NotFoundError {\n    entity\n  }\n}"): (typeof documents)["fragment CompatErrorFields on Error {\n  code\n  message\n  ... on ValidationError {\n    issues {\n      path\n      message\n    }\n  }\n  ... on InvalidStatusError {\n    currentStatus\n    allowedStatuses\n  }\n  ... on ActiveSessionError {\n    sessionId\n  }\n  ... on DuplicateEmailError {\n    email\n  }\n  ... on NotFoundError {\n    entity\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PeopleLensDeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation PeopleLensDeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleLensCandidate($id: ID!) {\n  candidate(id: $id) {\n    id\n    firstName\n    lastName\n    email\n    status\n    externalId\n    metadata\n    jobPosition {\n      id\n      title\n      status\n    }\n  }\n}"): (typeof documents)["query PeopleLensCandidate($id: ID!) {\n  candidate(id: $id) {\n    id\n    firstName\n    lastName\n    email\n    status\n    externalId\n    metadata\n    jobPosition {\n      id\n      title\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleLensCandidateStatus($id: ID!) {\n  candidateStatus(id: $id) {\n    candidateId\n    candidateName\n    latestInterview {\n      planId\n      status\n      totalSteps\n      completedSteps\n      createdAt\n      updatedAt\n    }\n  }\n}"): (typeof documents)["query PeopleLensCandidateStatus($id: ID!) {\n  candidateStatus(id: $id) {\n    candidateId\n    candidateName\n    latestInterview {\n      planId\n      status\n      totalSteps\n      completedSteps\n      createdAt\n      updatedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PeopleLensHireCandidate($input: SelectCandidateInput!) {\n  selectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation PeopleLensHireCandidate($input: SelectCandidateInput!) {\n  selectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PeopleLensCandidateSummary on Candidate {\n  id\n  firstName\n  lastName\n  email\n  status\n}"): (typeof documents)["fragment PeopleLensCandidateSummary on Candidate {\n  id\n  firstName\n  lastName\n  email\n  status\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PeopleLensRejectCandidate($input: RejectCandidateInput!) {\n  rejectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation PeopleLensRejectCandidate($input: RejectCandidateInput!) {\n  rejectCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PeopleLensUpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation PeopleLensUpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...PeopleLensCandidateSummary\n      }\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecruitsomeUploadResume($input: UploadResumeInput!) {\n  uploadResume(input: $input) {\n    __typename\n    ... on ResumeUploadPayload {\n      upload {\n        id\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation RecruitsomeUploadResume($input: UploadResumeInput!) {\n  uploadResume(input: $input) {\n    __typename\n    ... on ResumeUploadPayload {\n      upload {\n        id\n        status\n      }\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Round0CreateCandidate($input: CreateCandidateInput!) {\n  createCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...Round0CandidateFields\n      }\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation Round0CreateCandidate($input: CreateCandidateInput!) {\n  createCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...Round0CandidateFields\n      }\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Round0DeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation Round0DeleteCandidate($input: DeleteCandidateInput!) {\n  deleteCandidate(input: $input) {\n    __typename\n    ... on DeleteCandidatePayload {\n      deletedCandidateId\n    }\n    ...CompatErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Round0Candidate($id: ID!) {\n  candidate(id: $id) {\n    ...Round0CandidateFields\n  }\n}"): (typeof documents)["query Round0Candidate($id: ID!) {\n  candidate(id: $id) {\n    ...Round0CandidateFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Round0Candidates($first: Int!, $offset: Int!, $filter: CandidateFilter, $orderBy: CandidateOrder) {\n  candidates(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    edges {\n      node {\n        ...Round0CandidateFields\n      }\n    }\n  }\n}"): (typeof documents)["query Round0Candidates($first: Int!, $offset: Int!, $filter: CandidateFilter, $orderBy: CandidateOrder) {\n  candidates(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    edges {\n      node {\n        ...Round0CandidateFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Round0CandidateFields on Candidate {\n  id\n  fullName\n  title\n  createdAt\n  updatedAt\n  cv {\n    summary\n    workExperiences {\n      company\n      title\n      startDate\n      endDate\n      isCurrent\n      description\n    }\n    education {\n      institution\n      degree\n      field\n      startDate\n      endDate\n    }\n    skills {\n      name\n      category\n      proficiency\n    }\n    certifications {\n      name\n      issuer\n      issueDate\n      expiryDate\n      credentialId\n      credentialUrl\n    }\n    linkedinUrl\n    portfolioUrl\n    parsedAt\n    parseSource\n  }\n}"): (typeof documents)["fragment Round0CandidateFields on Candidate {\n  id\n  fullName\n  title\n  createdAt\n  updatedAt\n  cv {\n    summary\n    workExperiences {\n      company\n      title\n      startDate\n      endDate\n      isCurrent\n      description\n    }\n    education {\n      institution\n      degree\n      field\n      startDate\n      endDate\n    }\n    skills {\n      name\n      category\n      proficiency\n    }\n    certifications {\n      name\n      issuer\n      issueDate\n      expiryDate\n      credentialId\n      credentialUrl\n    }\n    linkedinUrl\n    portfolioUrl\n    parsedAt\n    parseSource\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Round0UpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...Round0CandidateFields\n      }\n    }\n    ...CompatErrorFields\n  }\n}"): (typeof documents)["mutation Round0UpdateCandidate($input: UpdateCandidateInput!) {\n  updateCandidate(input: $input) {\n    __typename\n    ... on CandidatePayload {\n      candidate {\n        ...Round0CandidateFields\n      }\n    }\n    ...CompatErrorFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;