// The example responses of seeds 000 and 001, verbatim.
const requestId = 'a1b2c3d4-e5f6-7890-abcd-ef1234567890';

export const getCandidate = {
  success: true,
  requestId,
  data: {
    id: 'cand_xyz789',
    firstName: 'Jonas',
    lastName: 'Kazlauskas',
    email: 'jonas@example.com',
    phone: '+37060012345',
    status: 'interviewed',
    cvScore: 78,
    interviewScore: 85,
    notes: 'Strong candidate referred by engineering team',
    cvText: 'Senior developer with 5 years of experience in TypeScript...',
    aiEvaluation: 'The candidate demonstrates strong technical proficiency...',
    upsides: ['Extensive TypeScript and React experience', 'Strong communication skills demonstrated in interview'],
    shortcomings: ['Limited experience with infrastructure and DevOps'],
    analysisViewed: false,
    importSource: 'api',
    importedWithoutCv: false,
    originalCvFileName: 'jonas_cv.pdf',
    sessionId: 'sess_abc123',
    createdAt: '2026-04-01T10:00:00.000Z',
    updatedAt: '2026-04-05T14:30:00.000Z',
  },
};

export const updateCandidate = {
  success: true,
  requestId,
  data: {
    id: 'cand_xyz789',
    firstName: 'Jonas',
    lastName: 'Kazlauskas',
    email: 'jonas@example.com',
    phone: '+37060099999',
    status: 'interviewed',
    notes: 'Updated contact number per recruiter request',
    updatedAt: '2026-04-11T08:15:00.000Z',
  },
};

export const deleteCandidate = { success: true, requestId, data: { deleted: true } };
export const candidateStatus = { success: true, requestId, data: { status: 'interviewed', analysisViewed: true, interviewScore: 85 } };
export const inviteCandidate = {
  success: true,
  requestId,
  data: { invited: true, sessionId: 'sess_abc123', emailDelivery: 'pending', expiresAt: '2026-04-18T08:00:00.000Z' },
};
export const selectCandidate = { success: true, requestId, data: { status: 'selected' } };
export const rejectCandidate = { success: true, requestId, data: { status: 'rejected' } };

/** The seeds name the error cases without bodies; this is the envelope we answer them with. */
export const errorEnvelope = { success: false, requestId, error: { code: 'NOT_FOUND', message: 'Candidate not found' } };

export const inviteEmailBody = `Hi Jonas,

We would like to invite you to complete an AI-powered interview for the Senior Developer position.

Please click the link below to begin:
{interviewLink}

The link expires in 7 days.

Best regards,
Acme Corp Hiring Team`;
