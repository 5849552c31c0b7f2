// The example bodies of Recruitsome, verbatim.
export const accepted = {
  message: 'Resume uploaded successfully. The candidate will be created in the background.',
  data: { processing_id: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890' },
};
export const invalid = {
  message: 'The given data was invalid.',
  errors: {
    user_id: ['The specified user does not exist.'],
    resume: ['A resume document is required to create a candidate.'],
    'resume.mime_type': ['The resume must be a PDF or Word document.'],
  },
};
export const invalidContent = { message: 'The resume content is not valid base64 encoded data.', error: 'INVALID_RESUME_CONTENT' };
export const tooLarge = { message: 'The given data was invalid.', errors: { resume: ['The resume file size exceeds the maximum allowed limit of 10MB.'] } };
export const rateLimited = { message: 'Too many requests. Please wait before trying again.' };
export const serverError = { message: 'An unexpected error occurred while processing the resume.', error: 'PROCESSING_FAILED' };
