// The floor: node:http + pg, one hand-written SQL statement per request that returns the finished JSON.
// Plain JavaScript, like every server the bench starts: no loader in the process to be measured with it.
import { createServer } from 'node:http';
import { countingPool, serveControl } from './control.js';

const { pool, statements } = countingPool(process.env.DATABASE_URL);
const organizationId = process.env.BENCH_ORGANIZATION_ID;

const CANDIDATE = `SELECT json_build_object('data', json_build_object('candidate', json_build_object(
  'id', c.id, 'firstName', c."firstName", 'lastName', c."lastName", 'fullName', c."fullName", 'email', c.email, 'phone', c.phone,
  'title', c.title, 'notes', c.notes, 'status', c.status, 'cvScore', c."cvScore", 'interviewScore', c."interviewScore",
  'analysisViewed', c."analysisViewed", 'importSource', c."importSource", 'importedWithoutCv', c."importedWithoutCv",
  'createdAt', c."createdAt", 'updatedAt', c."updatedAt")))::text AS body
  FROM "Candidate" c WHERE c.id = $1 AND c."organizationId" = $2`;

const PAGE = `SELECT json_build_object('data', json_build_object('candidates', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
  'id', c.id, 'fullName', c."fullName", 'email', c.email, 'status', c.status,
  'jobPosition', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('title', p.title) END,
  'cv', CASE WHEN cv.id IS NULL THEN NULL ELSE json_build_object(
    'skills', (SELECT coalesce(json_agg(json_build_object('name', s.name) ORDER BY s.position), '[]') FROM "CandidateSkill" s WHERE s."cvId" = cv.id),
    'workExperiences', (SELECT coalesce(json_agg(json_build_object('company', w.company, 'title', w.title) ORDER BY w.position), '[]') FROM "WorkExperience" w WHERE w."cvId" = cv.id)
  ) END)) ORDER BY c."createdAt" DESC, c.id DESC), '[]'))))::text AS body
  FROM (SELECT * FROM "Candidate" WHERE "organizationId" = $2 ORDER BY "createdAt" DESC, id DESC LIMIT $1) c
  LEFT JOIN "JobPosition" p ON p.id = c."jobPositionId" LEFT JOIN "CandidateCv" cv ON cv."candidateId" = c.id`;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const [sql, params] =
    url.pathname === '/candidate' ? [CANDIDATE, [url.searchParams.get('id'), organizationId]]
    : url.pathname === '/candidates' ? [PAGE, [Number(url.searchParams.get('first') ?? 50), organizationId]]
    : [null, []];
  if (!sql) {
    res.writeHead(404).end();
    return;
  }
  pool.query(sql, params).then(
    (result) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(result.rows[0]?.body ?? '{"data":null}');
    },
    (error) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: error.message }] }));
    },
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => serveControl(Number(process.env.CONTROL_PORT), statements));
