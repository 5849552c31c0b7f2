// The request and response examples of Round0; `[...]` placeholders are filled with entries of the documented structure.
const workExperience = { company: 'TechStartup Inc', title: 'Senior Product Manager', startDate: '2021-03', isCurrent: true, description: 'Lead product strategy for enterprise platform' };
const education = { institution: 'State University', degree: 'MBA', field: 'Business Administration', endDate: '2018' };
const skill = { name: 'Product Strategy', category: 'technical', proficiency: 'expert' };
const certification = { name: 'Certified Scrum Product Owner', issuer: 'Scrum Alliance', issueDate: '2020-05' };

export const createRequest = {
  name: 'Jane Smith',
  title: 'Product Manager',
  cv: {
    summary: 'Product manager with 5+ years experience in B2B SaaS',
    workExperiences: [
      workExperience,
      { company: 'BigCorp', title: 'Product Manager', startDate: '2018-06', endDate: '2021-02', description: 'Managed B2B product line with $5M ARR' },
    ],
    education: [education],
    skills: [skill, { name: 'Agile/Scrum', category: 'technical', proficiency: 'advanced' }, { name: 'Leadership', category: 'soft' }],
    certifications: [certification],
    linkedinUrl: 'https://linkedin.com/in/janesmith',
  },
};

export const createCurl = {
  name: 'Jane Smith',
  title: 'Product Manager',
  cv: { summary: 'Product manager with 5+ years experience', skills: [{ name: 'Product Strategy', category: 'technical' }] },
};

export const candidateResponse = {
  data: {
    id: '550e8400-e29b-41d4-a716-446655440000',
    name: 'Jane Smith',
    title: 'Product Manager',
    cv: {
      summary: 'Product manager with 5+ years experience in B2B SaaS',
      workExperiences: [workExperience],
      education: [education],
      skills: [skill],
      certifications: [certification],
      linkedinUrl: 'https://linkedin.com/in/janesmith',
      parsedAt: '2024-01-15T10:30:00Z',
      parseSource: 'manual',
    },
    created_at: '2024-01-15T10:30:00Z',
    updated_at: '2024-01-15T10:30:00Z',
  },
};

export const updateRequest = {
  name: 'Jane M. Smith',
  title: 'Senior Product Manager',
  cv: {
    summary: 'Updated professional summary',
    workExperiences: [{ company: 'TechStartup Inc', title: 'VP of Product', startDate: '2024-01', isCurrent: true }],
    skills: [
      { name: 'Product Strategy', category: 'technical', proficiency: 'expert' },
      { name: 'Team Leadership', category: 'soft', proficiency: 'advanced' },
    ],
  },
};

export const listResponse = {
  data: [
    {
      id: '550e8400-e29b-41d4-a716-446655440000',
      name: 'John Doe',
      title: 'Senior Developer',
      cv: { summary: 'Experienced software engineer...', workExperiences: [], education: [], skills: [], certifications: [], parsedAt: '2024-01-15T10:30:00Z', parseSource: 'manual' },
      created_at: '2024-01-15T10:30:00Z',
      updated_at: '2024-01-15T10:30:00Z',
    },
  ],
  pagination: { page: 1, limit: 50, total: 25, total_pages: 1 },
};

export const deleteResponse = { success: true };
export const notFound = { error: 'Candidate not found' };
export const validationError = { error: 'Validation error', details: [{ path: ['name'], message: 'String must contain at least 1 character(s)' }] };
export const unauthorized = { error: { type: 'authentication_error', message: 'Invalid API key' } };
export const serverError = { error: 'Failed to create candidate' };
