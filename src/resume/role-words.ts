// Word lists that tell a job title from an employer name in lines such as
// "Acme Corp — Senior Engineer" or "Engineer, Helix Labs".

const TITLE_NOUNS = new Set(
  `engineer engineers developer programmer architect manager director lead head designer analyst scientist
  consultant specialist administrator admin officer coordinator assistant intern internship trainee apprentice
  accountant auditor bookkeeper controller nurse teacher lecturer professor tutor instructor trainer coach
  researcher technician technologist executive representative rep recruiter writer editor copywriter marketer
  strategist owner founder co-founder cofounder cto ceo cfo coo cio ciso cmo vp president chairman partner
  principal fellow tester devops sre qa agent advisor adviser planner buyer clerk secretary receptionist
  therapist physician doctor pharmacist surgeon dentist paramedic chef driver mechanic electrician operator
  supervisor foreman attorney lawyer paralegal economist statistician journalist photographer illustrator
  animator producer translator interpreter counselor counsellor psychologist librarian pilot salesperson broker
  underwriter actuary associate contractor freelancer volunteer member modeler modeller scrum master
  steward custodian caregiver midwife veterinarian optometrist radiographer sonographer inspector surveyor
  estimator dispatcher courier cashier barista bartender waiter waitress hostess housekeeper janitor guard
  officer investigator hacker ambassador evangelist advocate generalist expert head`.split(/\s+/),
);

const TITLE_PHRASES = /\b(?:product owner|scrum master|full[- ]stack|front[- ]end|back[- ]end|site reliability|customer success|account executive|business development|team lead|tech lead|software|data|ux|ui)\b/i;

const SENIORITY = /\b(?:senior|sr\.?|junior|jr\.?|principal|staff|lead|chief|head of|mid-level|intermediate|associate|assistant|deputy|vice|executive|entry-level|graduate|trainee)\b/i;

const COMPANY_WORDS = new Set(
  `inc inc. incorporated ltd ltd. limited llc llp plc gmbh ag kg ug uab ab asa as oy oyj sa s.a. sas sarl srl spa
  s.p.a. bv b.v. nv n.v. pty pte corp corp. corporation co co. company group holdings holding labs lab
  technologies technology tech solutions systems software studio studios agency partners consulting consultancy
  bank hospital clinic ventures capital media networks industries enterprises foundation ministry council
  services digital analytics works interactive games health healthcare pharma pharmaceuticals logistics retail
  energy motors airlines insurance finance financial fintech robotics cloud security telecom communications
  marketing brands foods restaurant hotel hotels school university college institute academy`.split(/\s+/),
);

function words(text: string): string[] {
  return text.toLowerCase().split(/[\s,/()]+/).filter(Boolean);
}

function lastWord(text: string): string {
  return words(text).at(-1)?.replace(/[.:]$/, '') ?? '';
}

/**
 * How strongly a phrase reads as a job title: 0 = not at all. Titles end in a role noun
 * ("Digital Marketing Manager") even when they contain words that also name businesses.
 */
export function titleScore(text: string): number {
  const tokens = words(text);
  let score = tokens.filter((token) => TITLE_NOUNS.has(token.replace(/[.:]$/, ''))).length * 2;
  if (TITLE_PHRASES.test(text)) score += 1;
  if (SENIORITY.test(text)) score += 1;
  if (/\b(?:at|@)\b/i.test(text)) score -= 1;
  if (TITLE_NOUNS.has(lastWord(text))) return score + 2;
  return Math.max(0, score - companyScore(text));
}

/** How strongly a phrase reads as an organisation name: 0 = not at all. */
export function companyScore(text: string): number {
  const tokens = words(text);
  const last = lastWord(text);
  if (TITLE_NOUNS.has(last) && !isLegalSuffix(last)) return 0;
  let score = tokens.filter((token) => COMPANY_WORDS.has(token)).length;
  if (COMPANY_WORDS.has(last) || isLegalSuffix(last)) score += 1;
  if (/[&]|\.(?:com|io|ai|co)\b/i.test(text)) score += 1;
  return score;
}

/** Legal-form suffixes that must stay attached to the name before them ("Acme, Inc."). */
export function isLegalSuffix(text: string): boolean {
  return /^(?:inc|ltd|llc|llp|plc|gmbh|ag|uab|ab|oy|sa|s\.a|bv|b\.v|nv|corp|co|limited|pty ltd|pte ltd)\.?$/i.test(text.trim());
}
