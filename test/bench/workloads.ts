import type { HttpRequest } from './load.js';
import type { SeededData } from './seed.js';

/** `baseline`: another checkout of the gateway (BENCH_BASELINE_DIR), loaded with the gateway's requests for an A/B. */
export type PeerName = 'gateway' | 'baseline' | 'postgraphile' | 'raw';

export interface Workload {
  name: string;
  /** What each peer is sent for this workload; a peer without an entry is not measured on it. */
  requests: Partial<Record<PeerName, HttpRequest>>;
  /** The workload whose req/s this one must reach (search against the plain page). */
  compareWith?: string;
}

const CANDIDATE_FIELDS = 'firstName lastName fullName email phone title notes status cvScore interviewScore analysisViewed importSource importedWithoutCv createdAt updatedAt';
const GATEWAY_NODE = 'id fullName email status jobPosition { title } cv { skills { name } workExperiences { company title } }';
const POSTGRAPHILE_NODE = `rowId fullName email status jobPositionByJobPositionId { title }
  candidateCvsByCandidateId { nodes { candidateSkillsByCvId(orderBy: POSITION_ASC) { nodes { name } } workExperiencesByCvId(orderBy: POSITION_ASC) { nodes { company title } } } }`;

function graphql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): HttpRequest {
  return { path: '/graphql', method: 'POST', headers, body: JSON.stringify({ query, variables }) };
}

export function workloads(seed: SeededData): Workload[] {
  const key = { 'x-api-key': seed.adminKey };
  const id = seed.candidateIds[Math.floor(seed.candidateIds.length / 2)]!;
  const gatewayPage = (first: number) =>
    graphql(`query Page($first: Int!) { candidates(first: $first) { edges { node { ${GATEWAY_NODE} } } } }`, { first }, key);
  const postgraphilePage = (first: number) =>
    graphql(
      `query Page($first: Int!, $org: UUID!) { allCandidates(first: $first, orderBy: [CREATED_AT_DESC, ROW_ID_DESC], condition: { organizationId: $org }) { nodes { ${POSTGRAPHILE_NODE} } } }`,
      { first, org: seed.organizationId },
    );
  return [
    { name: '`{ __typename }`', requests: { gateway: graphql('{ __typename }', {}, key), postgraphile: graphql('{ __typename }') } },
    {
      name: '`candidate(id)`, 16 fields',
      requests: {
        gateway: graphql(`query One($id: ID!) { candidate(id: $id) { id ${CANDIDATE_FIELDS} } }`, { id: `cand_${id}` }, key),
        postgraphile: graphql(`query One($id: UUID!) { candidateByRowId(rowId: $id) { rowId ${CANDIDATE_FIELDS} } }`, { id }),
        raw: { path: `/candidate?id=${id}`, method: 'GET' },
      },
    },
    {
      name: '`candidates(first: 50)` + position, skills, work',
      requests: { gateway: gatewayPage(50), postgraphile: postgraphilePage(50), raw: { path: '/candidates?first=50', method: 'GET' } },
    },
    {
      name: '`candidates(first: 5)`, same selection',
      requests: { gateway: gatewayPage(5), postgraphile: postgraphilePage(5), raw: { path: '/candidates?first=5', method: 'GET' } },
    },
    {
      name: '`candidates(first: 20, filter: { search: "kubernetes" })`',
      compareWith: '`candidates(first: 50)` + position, skills, work',
      requests: {
        gateway: graphql(`query Search($first: Int!) { candidates(first: $first, filter: { search: "kubernetes" }) { edges { node { ${GATEWAY_NODE} } } } }`, { first: 20 }, key),
      },
    },
  ];
}
