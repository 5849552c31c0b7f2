// The example responses of PeopleLens, verbatim.
export const candidate = {
  id: 'can-123e4567-e89b-12d3-a456-426614174000',
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane.doe@example.com',
  status: 'active',
  job_id: 'job-123e4567-e89b-12d3-a456-426614174000',
  job_searches: { id: 'job-123e4567-e89b-12d3-a456-426614174000', title: 'Frontend Developer', status: 'active' },
  external_id: 'string',
  metadata: {},
};

export const updateRequest = { first_name: 'string', last_name: 'string', email: 'string', status: 'active', external_id: 'string', metadata: {} };

export const updated = { id: 'can-123e4567-e89b-12d3-a456-426614174000', first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@example.com', status: 'hired' };

export const status = {
  candidate_id: 'can-123e4567-e89b-12d3-a456-426614174000',
  candidate_name: 'Jane Doe',
  status: 'in_progress',
  latest_interview: { plan_id: 'plan-123', plan_status: 'active', total_steps: 3, completed_steps: 1, created_at: '2026-02-25T08:00:00Z', updated_at: '2026-02-25T09:00:00Z' },
};

/** PeopleLens documents no error bodies; this is the shape we answer with. */
export const error = { error: { code: 'not_found', message: 'Candidate not found' } };
