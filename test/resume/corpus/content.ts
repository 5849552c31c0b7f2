// Raw material for the synthetic corpus. Skill entries pair the spellings a résumé might
// use with the canonical name the extractor is expected to report; `prose` marks skills
// that may also appear inside sentences (unambiguous names).

export interface SkillSpec {
  written: readonly string[];
  canonical: string;
  prose?: boolean;
}

export interface Profession {
  titles: readonly string[];
  skills: readonly SkillSpec[];
  bullets: readonly string[];
  fields: readonly string[];
  certifications: readonly { name: string; issuer: string }[];
  summary: string;
}

const s = (canonical: string, written: string[] = [], prose = false): SkillSpec => ({ canonical, written: [canonical, ...written], prose });

export const FIRST_NAMES = [
  'Jonas', 'Zoë', 'Agnė', 'Łukasz', 'Søren', 'José', 'Chloé', 'Priya', 'Wei', 'Oluwaseun', 'Siobhán', 'Anne-Marie',
  'Mateo', 'Ingrid', 'Dmitri', 'Aiko', 'Fatima', 'Liam', 'Emma', 'Noah', 'Olivia', 'Lukas', 'Marta', 'Tomás',
  'Björn', 'Élodie', 'Rūta', 'Mantas', 'Kateřina', 'Giulia', 'Sven', 'Hannah', 'Yusuf', 'Amara', 'Kenji', 'Ana',
];
export const LAST_NAMES = [
  'Kazlauskas', 'Müller', 'Petrauskaitė', 'Wiśniewski', 'Østergaard', 'García', 'Dubois', 'Raman', 'Zhang',
  'Adeyemi', "O'Brien", 'van der Berg', 'Smith', 'Johansson', 'Novák', 'Rossi', 'Nakamura', 'Haddad', 'Okafor',
  'Jensen', 'Schmidt', 'Fernández', 'Lindqvist', 'Kowalski', 'Brennan', 'de la Cruz', 'Murphy', 'Svensson',
  'Horváth', 'Papadopoulos', 'Šimkus', 'Žukauskas',
];
export const MIDDLE_INITIALS = ['A.', 'J.', 'M.', 'P.', 'R.'];
export const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'example.com', 'mail.lt', 'web.de', 'yahoo.co.uk', 'icloud.com'];

export interface PhoneCountry {
  code: string;
  locations: readonly string[];
  /** Returns [as written, E.164]. */
  make(digits: (count: number) => string, pick: <T>(items: readonly T[]) => T): [string, string];
}

export const PHONE_COUNTRIES: readonly PhoneCountry[] = [
  {
    code: 'LT',
    locations: ['Vilnius, Lithuania', 'Kaunas, Lithuania'],
    make: (d, pick) => {
      const n = `6${d(7)}`;
      return pick([
        [`+370 ${n.slice(0, 3)} ${n.slice(3)}`, `+370${n}`],
        [`+370 ${n.slice(0, 1)}${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5)}`, `+370${n}`],
        [`8 ${n.slice(0, 3)} ${n.slice(3)}`, `+370${n}`],
      ]);
    },
  },
  {
    code: 'US',
    locations: ['San Francisco, CA', 'New York, NY', 'Austin, TX', 'Seattle, WA', 'Boston, MA'],
    make: (d, pick) => {
      const area = pick(['415', '212', '646', '312', '617', '206', '512', '303']);
      const line = `01${d(2)}`;
      return pick([
        [`(${area}) 555-${line}`, `+1${area}555${line}`],
        [`${area}-555-${line}`, `+1${area}555${line}`],
        [`+1 ${area} 555 ${line}`, `+1${area}555${line}`],
        [`${area}.555.${line}`, `+1${area}555${line}`],
      ]);
    },
  },
  {
    code: 'GB',
    locations: ['London, UK', 'Manchester, United Kingdom', 'Edinburgh, UK'],
    make: (d, pick) => {
      const london = `7946${d(4)}`;
      const mobile = `7700900${d(3)}`;
      return pick([
        [`+44 20 ${london.slice(0, 4)} ${london.slice(4)}`, `+4420${london}`],
        [`020 ${london.slice(0, 4)} ${london.slice(4)}`, `+4420${london}`],
        [`+44 ${mobile.slice(0, 4)} ${mobile.slice(4)}`, `+44${mobile}`],
      ]);
    },
  },
  {
    code: 'DE',
    locations: ['Berlin, Germany', 'Munich, Germany', 'Hamburg, Germany'],
    make: (d, pick) => {
      const mobile = `151${d(8)}`;
      return pick([
        [`+49 ${mobile.slice(0, 3)} ${mobile.slice(3)}`, `+49${mobile}`],
        [`0049 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`, `+49${mobile}`],
      ]);
    },
  },
  {
    code: 'FR',
    locations: ['Paris, France', 'Lyon, France'],
    make: (d) => {
      const n = `6${d(8)}`;
      return [`+33 ${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, `+33${n}`];
    },
  },
  {
    code: 'PL',
    locations: ['Warsaw, Poland', 'Kraków, Poland'],
    make: (d) => {
      const n = `5${d(8)}`;
      return [`+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+48${n}`];
    },
  },
  {
    code: 'NL',
    locations: ['Amsterdam, Netherlands', 'Rotterdam, Netherlands'],
    make: (d) => {
      const n = `6${d(8)}`;
      return [`+31 ${n[0]} ${n.slice(1, 5)} ${n.slice(5)}`, `+31${n}`];
    },
  },
  {
    code: 'SE',
    locations: ['Stockholm, Sweden', 'Gothenburg, Sweden'],
    make: (d) => {
      const n = `70${d(7)}`;
      return [`+46 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, `+46${n}`];
    },
  },
];

export const COMPANY_PREFIXES = ['Northwind', 'Baltic', 'Helix', 'Bluefin', 'Quantum', 'Cedar', 'Lumen', 'Vertex', 'Nordic', 'Amber', 'Granite', 'Silverline', 'Orbit', 'Pioneer', 'Meridian', 'Atlas', 'Kestrel', 'Harbor'];
export const COMPANY_SUFFIXES = ['Analytics', 'Labs', 'Systems', 'Software', 'Technologies', 'Data', 'Health', 'Logistics', 'Bank', 'Media', 'Solutions', 'Robotics', 'Games', 'Energy', 'Retail'];
export const LEGAL_FORMS = ['', '', ' Inc.', ' Ltd', ' GmbH', ' UAB', ' LLC', ' AB', ' Corp.'];
export const BRAND_NAMES = ['Zentrix', 'Mobilo', 'Fintara', 'Kivio', 'Sparrowly', 'Tellus', 'Quillo', 'Vantra', 'Brightwave', 'Ondura'];

export const INSTITUTIONS = [
  'Vilnius University', 'Kaunas University of Technology', 'Technical University of Munich', 'University of Manchester',
  'ETH Zurich', 'Imperial College London', 'University of California, Berkeley', 'Warsaw University of Technology',
  'Universidad Politécnica de Madrid', 'Aarhus University', 'KTH Royal Institute of Technology', 'Politecnico di Milano',
  'University of Amsterdam', 'Trinity College Dublin', 'University of Toronto', 'Sorbonne Université',
];
export const DEGREES: readonly { written: string; level: 'bachelor' | 'master' | 'doctor' }[] = [
  { written: 'BSc', level: 'bachelor' },
  { written: 'Bachelor of Science', level: 'bachelor' },
  { written: 'B.A.', level: 'bachelor' },
  { written: 'Bachelor of Arts', level: 'bachelor' },
  { written: 'BEng', level: 'bachelor' },
  { written: 'MSc', level: 'master' },
  { written: 'Master of Science', level: 'master' },
  { written: 'M.Sc.', level: 'master' },
  { written: 'MBA', level: 'master' },
  { written: 'PhD', level: 'doctor' },
];

export const SOFT_SKILLS: readonly SkillSpec[] = [
  s('Leadership'), s('Communication'), s('Teamwork'), s('Problem Solving', ['Problem-solving']), s('Time Management'),
  s('Mentoring'), s('Critical Thinking'), s('Public Speaking'), s('Attention to Detail'), s('Adaptability'),
];
export const LANGUAGES = ['German', 'Lithuanian', 'French', 'Spanish', 'Polish', 'Swedish', 'Italian', 'Dutch', 'Russian', 'Japanese'];
export const LANGUAGE_LEVELS = ['Native', 'Fluent', 'C1', 'B2', 'Intermediate', 'Basic', 'Professional working proficiency'];
export const UNKNOWN_TOOLS = ['Camunda', 'Mapbox', 'Temporal', 'Metabase', 'Retool', 'Contentful', 'Mixpanel', 'Lottie'];

export const PROFESSIONS: readonly Profession[] = [
  {
    titles: ['Software Engineer', 'Senior Software Engineer', 'Backend Developer', 'Senior Backend Engineer', 'Staff Engineer', 'Tech Lead'],
    skills: [
      s('Python', [], true), s('Go', ['Golang']), s('Java'), s('Kotlin', [], true), s('PostgreSQL', ['Postgres'], true), s('Redis', [], true),
      s('Apache Kafka', ['Kafka'], true), s('Docker', [], true), s('Kubernetes', ['k8s', 'K8s'], true), s('AWS', ['Amazon Web Services'], true),
      s('Terraform', [], true), s('gRPC'), s('REST', ['REST APIs', 'RESTful APIs']), s('Microservices'), s('Linux'), s('Git'), s('CI/CD'),
    ],
    bullets: [
      'Designed and shipped a payments service handling 2M requests per day using {skill}.',
      'Reduced p95 latency by 40% by reworking the caching layer on {skill}.',
      'Led the migration of 30 legacy services to {skill} with zero downtime.',
      'Mentored four engineers and ran weekly design reviews.',
      'Cut infrastructure costs by 25% through right-sizing and autoscaling.',
      'Built an internal tool that shortened release preparation from two days to two hours.',
      'Introduced contract tests that caught 60% of integration regressions before release.',
    ],
    fields: ['Computer Science', 'Software Engineering', 'Informatics'],
    certifications: [
      { name: 'AWS Certified Solutions Architect – Associate', issuer: 'Amazon Web Services' },
      { name: 'Certified Kubernetes Administrator (CKA)', issuer: 'The Linux Foundation' },
      { name: 'HashiCorp Certified: Terraform Associate', issuer: 'HashiCorp' },
      { name: 'Oracle Certified Professional, Java SE 11 Developer', issuer: 'Oracle' },
    ],
    summary: 'Engineer with {years}+ years of experience building reliable backend systems. Comfortable owning services end to end, from design to on-call.',
  },
  {
    titles: ['Frontend Developer', 'Senior Frontend Engineer', 'UI Engineer', 'Full Stack Developer'],
    skills: [
      s('JavaScript', ['JS'], true), s('TypeScript', ['TS'], true), s('React', ['React.js', 'ReactJS']), s('Vue.js', ['Vue'], true), s('Next.js', [], true),
      s('HTML', ['HTML5']), s('CSS', ['CSS3']), s('Tailwind CSS', ['Tailwind'], true), s('Redux', [], true), s('Jest', [], true), s('Cypress', [], true),
      s('Webpack', [], true), s('Node.js', ['NodeJS', 'Node'], true), s('GraphQL', [], true), s('Figma', [], true),
    ],
    bullets: [
      'Rebuilt the checkout flow in {skill}, lifting conversion by 12%.',
      'Created a shared component library used by six product teams, written in {skill}.',
      'Improved Lighthouse performance scores from 54 to 93 on key landing pages.',
      'Worked closely with designers to turn prototypes into production features.',
      'Set up visual regression tests with {skill} for the main customer journeys.',
      'Halved bundle size by introducing code splitting and lazy loading.',
    ],
    fields: ['Computer Science', 'Interactive Media', 'Information Systems'],
    certifications: [
      { name: 'Meta Front-End Developer Professional Certificate', issuer: 'Coursera' },
      { name: 'Google UX Design Certificate', issuer: 'Google' },
    ],
    summary: 'Frontend developer with {years} years of experience crafting fast, accessible web applications for consumer products.',
  },
  {
    titles: ['Data Analyst', 'Senior Data Analyst', 'Data Scientist', 'Data Engineer', 'Machine Learning Engineer'],
    skills: [
      s('Python', [], true), s('SQL'), s('Pandas', [], true), s('NumPy', [], true), s('scikit-learn', ['sklearn'], true), s('TensorFlow', [], true),
      s('PyTorch', [], true), s('Apache Spark', ['PySpark', 'Spark'], true), s('Apache Airflow', ['Airflow'], true), s('dbt', [], true),
      s('Snowflake', [], true), s('BigQuery', [], true), s('Tableau', [], true), s('Power BI', ['PowerBI'], true), s('Statistics'),
      s('A/B Testing'), s('Machine Learning', ['ML']),
    ],
    bullets: [
      'Built a churn model in {skill} that flagged 70% of at-risk accounts a month ahead.',
      'Automated weekly revenue reporting with {skill}, saving the finance team a day each week.',
      'Designed the company-wide experimentation framework and trained analysts to use it.',
      'Maintained 120 data pipelines feeding the central warehouse built on {skill}.',
      'Presented quarterly insights to the executive team.',
      'Cleaned and documented the customer data model, cutting ad-hoc questions by half.',
    ],
    fields: ['Statistics', 'Mathematics', 'Data Science', 'Economics'],
    certifications: [
      { name: 'Google Professional Data Engineer', issuer: 'Google Cloud' },
      { name: 'Tableau Desktop Specialist', issuer: 'Tableau' },
      { name: 'Databricks Certified Data Engineer Associate', issuer: 'Databricks' },
    ],
    summary: 'Data professional with {years} years of experience turning messy data into decisions. Strong in modelling, experimentation and clear communication of results.',
  },
  {
    titles: ['DevOps Engineer', 'Site Reliability Engineer', 'Platform Engineer', 'Cloud Engineer'],
    skills: [
      s('Kubernetes', ['k8s', 'K8S'], true), s('Docker', [], true), s('Terraform', [], true), s('Ansible', [], true), s('AWS', ['Amazon Web Services'], true),
      s('Google Cloud Platform', ['GCP', 'Google Cloud'], true), s('Microsoft Azure', ['Azure'], true), s('Prometheus', [], true), s('Grafana', [], true),
      s('Jenkins', [], true), s('GitHub Actions', [], true), s('Linux'), s('Bash'), s('Helm', [], true), s('Argo CD', ['ArgoCD'], true),
    ],
    bullets: [
      'Ran a fleet of 40 clusters on {skill} serving 300 services.',
      'Cut deployment time from 45 to 8 minutes by rebuilding the delivery pipeline with {skill}.',
      'Defined service level objectives and on-call runbooks for all tier-one services.',
      'Codified all cloud infrastructure with {skill}, removing manual changes.',
      'Reduced paging alerts by 60% through better alert routing and thresholds.',
    ],
    fields: ['Computer Engineering', 'Computer Science', 'Telecommunications'],
    certifications: [
      { name: 'Certified Kubernetes Administrator (CKA)', issuer: 'The Linux Foundation' },
      { name: 'AWS Certified DevOps Engineer – Professional', issuer: 'Amazon Web Services' },
      { name: 'Microsoft Certified: Azure Administrator Associate', issuer: 'Microsoft' },
    ],
    summary: 'Reliability-minded engineer with {years} years of experience running production platforms at scale.',
  },
  {
    titles: ['UX Designer', 'Product Designer', 'Senior Product Designer', 'UI/UX Designer'],
    skills: [
      s('Figma', [], true), s('Sketch'), s('Adobe XD', [], true), s('Adobe Photoshop', ['Photoshop'], true), s('Prototyping'), s('Wireframing'),
      s('UX Research', ['User research']), s('Usability Testing'), s('Design Systems'), s('Interaction Design'), s('HTML'), s('CSS'),
    ],
    bullets: [
      'Redesigned onboarding in {skill}, raising activation by 18%.',
      'Ran 40 moderated interviews to shape the new pricing page.',
      'Built and maintained the design system used across web and mobile.',
      'Facilitated design sprints with product and engineering leads.',
      'Produced high-fidelity prototypes in {skill} for investor demos.',
    ],
    fields: ['Interaction Design', 'Graphic Design', 'Human-Computer Interaction'],
    certifications: [{ name: 'Google UX Design Certificate', issuer: 'Google' }, { name: 'Certified Usability Analyst', issuer: 'Human Factors International' }],
    summary: 'Product designer with {years} years of experience designing clear, inclusive interfaces backed by research.',
  },
  {
    titles: ['Product Manager', 'Senior Product Manager', 'Product Owner', 'Project Manager', 'Scrum Master'],
    skills: [
      s('Agile'), s('Scrum'), s('Kanban'), s('Jira', ['JIRA'], true), s('Confluence', [], true), s('Roadmapping'), s('Stakeholder Management'),
      s('SQL'), s('A/B Testing'), s('Product Strategy'), s('Market Research'),
    ],
    bullets: [
      'Owned the roadmap for the mobile app with 1.2M monthly users.',
      'Launched a subscription tier that reached 15% of revenue within a year.',
      'Coordinated three squads across two time zones using {skill}.',
      'Defined success metrics and ran quarterly planning with engineering leads.',
      'Interviewed customers every week to validate new ideas.',
    ],
    fields: ['Business Administration', 'Economics', 'Industrial Engineering'],
    certifications: [
      { name: 'Project Management Professional (PMP)', issuer: 'Project Management Institute' },
      { name: 'Certified ScrumMaster (CSM)', issuer: 'Scrum Alliance' },
      { name: 'PRINCE2 Foundation', issuer: 'AXELOS' },
    ],
    summary: 'Product manager with {years} years of experience shipping B2C and B2B products with cross-functional teams.',
  },
  {
    titles: ['Accountant', 'Senior Accountant', 'Financial Analyst', 'Finance Manager'],
    skills: [
      s('Excel', ['Microsoft Excel', 'MS Excel']), s('IFRS', [], true), s('US GAAP', ['GAAP'], true), s('Financial Modeling', ['Financial modelling']),
      s('Financial Reporting'), s('SAP', [], true), s('QuickBooks', [], true), s('Xero', [], true), s('Budgeting'), s('Auditing'),
      s('Power BI', [], true), s('VBA', [], true),
    ],
    bullets: [
      'Closed the monthly books for four legal entities within five working days.',
      'Prepared consolidated statements under {skill} for the annual audit.',
      'Built a rolling forecast model that improved cash planning accuracy.',
      'Automated reconciliations with {skill}, saving 20 hours per month.',
      'Worked with external auditors and tax advisers on year-end reporting.',
    ],
    fields: ['Accounting', 'Finance', 'Economics'],
    certifications: [
      { name: 'ACCA Qualification', issuer: 'ACCA' },
      { name: 'Chartered Financial Analyst Level I', issuer: 'CFA Institute' },
    ],
    summary: 'Finance professional with {years} years of experience in reporting, planning and audit preparation.',
  },
  {
    titles: ['Registered Nurse', 'Staff Nurse', 'Charge Nurse', 'Nurse Practitioner'],
    skills: [
      s('Patient Care'), s('Medication Administration'), s('Electronic Health Records', ['EHR']), s('Wound Care'), s('Infection Control'),
      s('Triage'), s('Basic Life Support', ['BLS']), s('Phlebotomy'),
    ],
    bullets: [
      'Provided care for up to 12 patients per shift on a 30-bed surgical ward.',
      'Trained new staff on ward procedures and documentation standards.',
      'Coordinated discharges with families and community teams.',
      'Took part in the hospital quality committee on patient safety.',
    ],
    fields: ['Nursing', 'Health Sciences'],
    certifications: [
      { name: 'Basic Life Support (BLS)', issuer: 'American Heart Association' },
      { name: 'Advanced Cardiac Life Support (ACLS)', issuer: 'American Heart Association' },
    ],
    summary: 'Compassionate nurse with {years} years of experience in surgical and emergency care.',
  },
  {
    titles: ['Marketing Specialist', 'Digital Marketing Manager', 'Content Marketing Manager', 'SEO Specialist'],
    skills: [
      s('SEO'), s('SEM', ['Google Ads', 'PPC']), s('Google Analytics', ['GA4'], true), s('Content Marketing'), s('Email Marketing'),
      s('HubSpot', [], true), s('Social Media Marketing'), s('Copywriting'), s('WordPress', [], true), s('Market Research'),
    ],
    bullets: [
      'Grew organic traffic by 150% in 18 months through a content programme.',
      'Managed a paid media budget of 400,000 EUR per year across three markets.',
      'Built lifecycle campaigns in {skill} that doubled trial-to-paid conversion.',
      'Launched the company blog and newsletter, reaching 20,000 subscribers.',
    ],
    fields: ['Marketing', 'Communications', 'Business Administration'],
    certifications: [
      { name: 'Google Analytics Individual Qualification', issuer: 'Google' },
      { name: 'HubSpot Content Marketing Certification', issuer: 'HubSpot' },
    ],
    summary: 'Marketer with {years} years of experience growing B2B brands through content, search and lifecycle campaigns.',
  },
  {
    titles: ['Teacher', 'Mathematics Teacher', 'Lecturer'],
    skills: [
      s('Curriculum Development'), s('Lesson Planning'), s('Classroom Management'), s('Special Education'), s('E-learning', ['Moodle']),
      s('Microsoft Office', ['MS Office', 'Office 365']),
    ],
    bullets: [
      'Taught mathematics to classes of 28 students aged 12 to 16.',
      'Raised the pass rate in final exams from 71% to 88% over three years.',
      'Designed a blended learning course used by the whole department.',
      'Organised the regional mathematics olympiad for two years.',
    ],
    fields: ['Mathematics', 'Education', 'Physics'],
    certifications: [{ name: 'Cambridge CELTA', issuer: 'Cambridge Assessment English' }],
    summary: 'Teacher with {years} years of experience helping students enjoy mathematics.',
  },
];
