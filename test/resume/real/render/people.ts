// Invented people for the real-template corpus. Pools are deliberately different from the
// synthetic corpus's (test/resume/corpus/content.ts) so the two do not share vocabulary.
import { Random } from '../../corpus/prng.js';

export interface Job {
  company: string;
  title: string;
  location: string;
  start: [number, number];
  end: [number, number] | null;
  bullets: string[];
}

export interface School {
  institution: string;
  degree: string;
  field: string;
  location: string;
  start: number;
  end: number;
}

export interface DateStyle {
  id: string;
  yearOnly: boolean;
  format: (year: number, month: number) => string;
  present: string;
}

export interface Person {
  seed: number;
  first: string;
  last: string;
  email: string | null;
  /** As written in the document. */
  phone: string | null;
  city: string;
  headline: string;
  github: string | null;
  linkedin: string | null;
  summary: string;
  jobs: Job[];
  schools: School[];
  skillGroups: { label: string; skills: string[] }[];
  languages: string[];
  dates: DateStyle;
}

/** Ground truth stored beside each rendered file. */
export interface RealTruth {
  firstName: string;
  lastName: string;
  email: string | null;
  /** As written; scored on its digits (and a leading +). */
  phone: string | null;
  workExperiences: { company: string; title: string; startDate: string; endDate: string | null; isCurrent: boolean }[];
  education: { institution: string; degree: string }[];
  skills: string[];
}

// [first, last, ascii handle, T1-safe]
const NAMES: [string, string, string][] = [
  ['Ingrid', 'Sæther', 'ingrid.saether'], ['Mateus', 'Gonçalves', 'mateus.goncalves'], ['Aoife', 'Ní Bhriain', 'aoife.nibhriain'],
  ['Jürgen', 'Weißmann', 'j.weissmann'], ['Zsófia', 'Kovács', 'zsofia.kovacs'], ['Oğuz', 'Yıldırım', 'oguz.yildirim'],
  ['Siobhán', 'Ó Dálaigh', 'siobhan.odalaigh'], ['Radosław', 'Wiśniewski', 'radek.wisniewski'], ['Chidinma', 'Okonkwo', 'chidinma.okonkwo'],
  ['Thandiwe', 'Mokoena', 'thandi.mokoena'], ['Rafael', 'Domínguez Ruiz', 'rafa.dominguez'], ['Élodie', 'Marchand', 'elodie.marchand'],
  ['Kaito', 'Yamamoto', 'kaito.yamamoto'], ['Priyanka', 'Raghunathan', 'priyanka.r'], ['Tomáš', 'Dvořák', 'tomas.dvorak'],
  ['Björn', 'Lindqvist', 'bjorn.lindqvist'], ['Nguyen', 'Thi Mai', 'mai.nguyen'], ['Leilani', 'Kahananui', 'leilani.k'],
  ['Dmitri', 'Volkov', 'd.volkov'], ['Amara', 'Diallo', 'amara.diallo'], ['Søren', 'Kierkegaard-Holm', 'soren.holm'],
  ['Giulia', 'Ferraro', 'giulia.ferraro'], ['Mihai', 'Popescu', 'mihai.popescu'], ['Yasmin', 'El-Sayed', 'yasmin.elsayed'],
  ['Lukas', 'van der Berg', 'lukas.vdberg'], ['Annika', 'Järvinen', 'annika.jarvinen'], ['Hamza', 'Qureshi', 'hamza.qureshi'],
  ['Beatriz', 'Carvalho', 'bia.carvalho'], ['Kwame', 'Asante', 'kwame.asante'], ['Marta', 'Žukauskaitė', 'marta.zukauskaite'],
  ['Emeka', 'Nwosu', 'emeka.nwosu'], ['Isabela', 'Mendoza', 'isa.mendoza'], ['Fionn', 'MacAoidh', 'fionn.mackay'],
  ['Aleksandra', 'Nowak', 'ola.nowak'], ['Tariq', 'Haddad', 'tariq.haddad'], ['Mei', 'Lindgren', 'mei.lindgren'],
  ['Ignacio', 'Sáez', 'nacho.saez'], ['Hana', 'Novotná', 'hana.novotna'], ['Ravi', 'Subramanian', 'ravi.subramanian'],
  ['Olumide', 'Adeyemi', 'olumide.adeyemi'], ['Clémence', 'Aubert', 'clemence.aubert'], ['Anders', 'Ødegaard', 'anders.odegaard'],
  ['Paulina', 'Kowalczyk', 'paulina.kowalczyk'], ['Joaquín', 'Herrera', 'joaquin.herrera'], ['Sakura', 'Inoue', 'sakura.inoue'],
  ['Viktor', 'Horváth', 'viktor.horvath'], ['Nadia', 'Benali', 'nadia.benali'], ['Eero', 'Mäkinen', 'eero.makinen'],
  ['Lorenzo', 'De Luca', 'lorenzo.deluca'], ['Ayşe', 'Demir', 'ayse.demir'], ['Felipe', 'Araújo', 'felipe.araujo'],
  ['Katarzyna', 'Zielińska', 'kasia.zielinska'], ['Henrik', 'Björklund', 'henrik.bjorklund'], ['Chiamaka', 'Eze', 'chiamaka.eze'],
  // Seeds 54 and up (templates added in the second round).
  ['Nomvula', 'Dlamini', 'nomvula.dlamini'], ['Matthias', 'Brenner', 'm.brenner'], ['Ana Sofía', 'Quintero', 'anasofia.quintero'],
  ['Wojciech', 'Kamiński', 'wojtek.kaminski'], ['Ifeoma', 'Chukwu', 'ifeoma.chukwu'], ['Julien', 'Lefèvre', 'julien.lefevre'],
  ['Sigrún', 'Einarsdóttir', 'sigrun.einars'], ['Hiroshi', 'Tanaka', 'hiroshi.tanaka'], ['Ewa', 'Mazur', 'ewa.mazur'],
  ['Dario', 'Russo', 'dario.russo'], ['Aisling', 'Mac Cárthaigh', 'aisling.mccarthy'], ['Tobias', 'Schäfer', 'tobias.schaefer'],
  ['Lerato', 'Khumalo', 'lerato.khumalo'], ['Magnus', 'Østergaard', 'magnus.ostergaard'], ['Camila', 'Rojas', 'camila.rojas'],
  ['Andrés', 'Villalobos', 'andres.villalobos'], ['Ingeborg', 'Halvorsen', 'inge.halvorsen'], ['Petra', 'Horáková', 'petra.horakova'],
  ['Samuel', 'Owusu-Ansah', 'sam.owusu'], ['Noémie', 'Girard', 'noemie.girard'], ['Arjun', 'Menon', 'arjun.menon'],
  ['Katja', 'Vogel', 'katja.vogel'], ['Bogdan', 'Ionescu', 'bogdan.ionescu'], ['Zeynep', 'Kaya', 'zeynep.kaya'],
];

const EMAIL_DOMAINS = ['posteo.de', 'proton.me', 'outlook.com', 'gmail.com', 'fastmail.fm', 'mail.example.org', 'yandex.ru', 'web.de', 'icloud.com', 'hey.com'];

const PHONES: (() => string)[] = [
  () => '+49 151 2345 6789', () => '(415) 555-0134', () => '+44 20 7946 0321', () => '+33 6 12 34 56 78', () => '0176 9876543',
  () => '+370 612 34567', () => '555.867.5309', () => '+1 (646) 555-0199', () => '+91 98450 12345', () => '+34 612 345 678',
  () => '+81 90-1234-5678', () => '+48 501 234 567', () => '+234 803 123 4567', () => '+31 6 1234 5678', () => '07700 900123',
  () => '+46 70 123 45 67', () => '+420 601 123 456', () => '+1-212-555-0147', () => '+358 40 123 4567', () => '+27 82 123 4567',
];

const CITIES = ['Berlin', 'Lisbon', 'Dublin', 'Kraków', 'Lagos', 'Porto', 'Oslo', 'Vilnius', 'Toronto', 'Austin, TX', 'Lyon', 'Osaka', 'Bengaluru', 'Brno', 'Cape Town', 'Helsinki', 'Seattle, WA', 'Rotterdam'];

interface Profession {
  headline: string;
  titles: string[];
  skills: { label: string; skills: string[] }[];
  bullets: string[];
}

const PROFESSIONS: Profession[] = [
  {
    headline: 'Backend Engineer',
    titles: ['Backend Engineer', 'Senior Backend Engineer', 'Software Engineer', 'Staff Software Engineer', 'Junior Developer'],
    skills: [
      { label: 'Languages', skills: ['Go', 'Python', 'Java', 'Kotlin', 'Rust', 'TypeScript'] },
      { label: 'Infrastructure', skills: ['Kubernetes', 'Docker', 'Terraform', 'PostgreSQL', 'Redis', 'Kafka', 'gRPC'] },
    ],
    bullets: [
      'Cut p99 latency of the payments API by 40% by batching ledger writes',
      'Led migration of 30 services to a shared deployment pipeline',
      'Designed an idempotent event consumer processing 2M messages a day',
      'Mentored four engineers and ran the weekly architecture review',
      'Reduced cloud spend by a quarter through right-sizing and spot capacity',
    ],
  },
  {
    headline: 'Data Scientist',
    titles: ['Data Scientist', 'Senior Data Scientist', 'Machine Learning Engineer', 'Data Analyst', 'Research Assistant'],
    skills: [
      { label: 'Programming', skills: ['Python', 'R', 'SQL', 'Scala'] },
      { label: 'Libraries', skills: ['pandas', 'scikit-learn', 'PyTorch', 'TensorFlow', 'Spark', 'Airflow', 'Tableau'] },
    ],
    bullets: [
      'Built a churn model that raised retention campaign precision from 0.31 to 0.58',
      'Automated weekly forecasting for 1,200 stores',
      'Ran A/B tests for the onboarding flow and reported uplift to leadership',
      'Maintained the feature store used by six product teams',
    ],
  },
  {
    headline: 'Product Designer',
    titles: ['Product Designer', 'Senior UX Designer', 'UI Designer', 'Design Lead', 'Visual Designer'],
    skills: [
      { label: 'Design', skills: ['Figma', 'Sketch', 'Adobe Illustrator', 'Prototyping', 'User Research', 'Design Systems'] },
      { label: 'Front-end', skills: ['HTML', 'CSS', 'JavaScript'] },
    ],
    bullets: [
      'Redesigned checkout, lifting conversion by 12%',
      'Created the component library shared by web and mobile teams',
      'Interviewed 60 customers to shape the 2023 roadmap',
      'Facilitated design sprints with engineering and marketing',
    ],
  },
  {
    headline: 'DevOps Engineer',
    titles: ['DevOps Engineer', 'Site Reliability Engineer', 'Platform Engineer', 'Cloud Engineer', 'Systems Administrator'],
    skills: [
      { label: 'Cloud', skills: ['AWS', 'Google Cloud', 'Azure', 'Terraform', 'Ansible'] },
      { label: 'Tooling', skills: ['Kubernetes', 'Prometheus', 'Grafana', 'Jenkins', 'Linux', 'Bash'] },
    ],
    bullets: [
      'Brought deployment frequency from weekly to several times a day',
      'Ran on-call rotation and wrote the incident review process',
      'Moved monitoring to a self-hosted stack, saving licence costs',
      'Hardened CI runners and introduced signed artefacts',
    ],
  },
  {
    headline: 'Marketing Manager',
    titles: ['Marketing Manager', 'Growth Marketing Lead', 'Content Strategist', 'Brand Manager', 'Marketing Coordinator'],
    skills: [
      { label: 'Marketing', skills: ['SEO', 'Google Analytics', 'HubSpot', 'Salesforce', 'Copywriting', 'Email Marketing'] },
      { label: 'Tools', skills: ['Excel', 'Canva', 'Looker Studio'] },
    ],
    bullets: [
      'Grew organic traffic threefold in eighteen months',
      'Managed a yearly budget of EUR 400k across paid channels',
      'Launched the partner newsletter, reaching 25,000 subscribers',
      'Coordinated trade-show presence in five countries',
    ],
  },
  {
    headline: 'Frontend Developer',
    titles: ['Frontend Developer', 'Senior Frontend Engineer', 'Web Developer', 'Full Stack Developer', 'Software Developer'],
    skills: [
      { label: 'Frontend', skills: ['React', 'Vue.js', 'TypeScript', 'JavaScript', 'Next.js', 'Tailwind CSS'] },
      { label: 'Other', skills: ['Node.js', 'GraphQL', 'Jest', 'Cypress', 'Git'] },
    ],
    bullets: [
      'Rebuilt the customer dashboard as a single-page application',
      'Raised Lighthouse accessibility score from 62 to 98',
      'Introduced visual regression tests across 400 screens',
      'Worked with designers on a themeable component library',
    ],
  },
  {
    headline: 'Financial Analyst',
    titles: ['Financial Analyst', 'Senior Accountant', 'Controller', 'Audit Associate', 'FP&A Analyst'],
    skills: [
      { label: 'Finance', skills: ['Financial Modeling', 'Budgeting', 'IFRS', 'Forecasting'] },
      { label: 'Software', skills: ['Excel', 'SAP', 'Power BI', 'SQL', 'VBA'] },
    ],
    bullets: [
      'Closed the monthly books in four days instead of nine',
      'Built the three-statement model used in the Series B round',
      'Prepared audit files for two statutory audits without findings',
      'Consolidated reporting for subsidiaries in six currencies',
    ],
  },
];

// [company, location]
const COMPANIES: [string, string][] = [
  ['Zalando SE', 'Berlin'], ['Farfetch', 'Porto'], ['Stripe', 'Dublin'], ['Allegro', 'Poznań'], ['Paystack', 'Lagos'],
  ['Vinted', 'Vilnius'], ['Shopify', 'Ottawa'], ['Booking.com', 'Amsterdam'], ['Spotify', 'Stockholm'], ['Infosys', 'Mysuru'],
  ['Mercado Libre', 'Buenos Aires'], ['Rakuten', 'Tokyo'], ['Siemens Healthineers', 'Erlangen'], ['Nordea', 'Helsinki'],
  ['Takealot', 'Cape Town'], ['Avast', 'Prague'], ['Glovo', 'Barcelona'], ['Deliveroo', 'London'], ['Adyen', 'Amsterdam'],
  ['Wolt', 'Helsinki'], ['Revolut', 'London'], ['Criteo', 'Paris'], ['Bolt', 'Tallinn'], ['Flutterwave', 'Lagos'],
  ['Kiwi.com', 'Brno'], ['Personio', 'Munich'], ['Celonis', 'Munich'], ['N26', 'Berlin'], ['Unbabel', 'Lisbon'],
  ['Trivago', 'Düsseldorf'], ['Monzo Bank', 'London'], ['Northwind Logistics', 'Rotterdam'], ['Blue Heron Analytics', 'Austin, TX'],
  ['Kestrel Robotics', 'Seattle, WA'], ['Fjordline Energy', 'Bergen'], ['Atelier Lumière', 'Lyon'],
];

// [institution, location]
const SCHOOLS: [string, string][] = [
  ['Technical University of Munich', 'Munich'], ['University of Lisbon', 'Lisbon'], ['Trinity College Dublin', 'Dublin'],
  ['Jagiellonian University', 'Kraków'], ['University of Lagos', 'Lagos'], ['Vilnius University', 'Vilnius'],
  ['University of Toronto', 'Toronto'], ['Université Lyon 2', 'Lyon'], ['Osaka University', 'Osaka'],
  ['Indian Institute of Science', 'Bengaluru'], ['Masaryk University', 'Brno'], ['University of Cape Town', 'Cape Town'],
  ['Aalto University', 'Espoo'], ['University of Washington', 'Seattle, WA'], ['Erasmus University Rotterdam', 'Rotterdam'],
  ['Norwegian University of Science and Technology', 'Trondheim'], ['Politecnico di Milano', 'Milan'], ['KTH Royal Institute of Technology', 'Stockholm'],
];

const DEGREES: [string, string][] = [
  ['Bachelor of Science', 'Computer Science'], ['Master of Science', 'Data Science'], ['BSc', 'Economics'], ['MSc', 'Software Engineering'],
  ['Bachelor of Arts', 'Communication Design'], ['Master of Engineering', 'Electrical Engineering'], ['MBA', 'Finance'],
  ['B.Eng.', 'Mechatronics'], ['PhD', 'Applied Mathematics'], ['Bachelor of Business Administration', 'Marketing'],
];

const LANGUAGES = ['English', 'German', 'French', 'Spanish', 'Portuguese', 'Polish', 'Japanese', 'Yoruba', 'Swedish', 'Italian'];

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (month: number) => String(month).padStart(2, '0');

const DATE_STYLES: DateStyle[] = [
  { id: 'short', yearOnly: false, format: (y, m) => `${MONTH_SHORT[m - 1]} ${y}`, present: 'Present' },
  { id: 'short-dot', yearOnly: false, format: (y, m) => `${MONTH_SHORT[m - 1]}${m === 5 ? '' : '.'} ${y}`, present: 'Present' },
  { id: 'long', yearOnly: false, format: (y, m) => `${MONTH_LONG[m - 1]} ${y}`, present: 'Current' },
  { id: 'slash', yearOnly: false, format: (y, m) => `${pad(m)}/${y}`, present: 'Present' },
  { id: 'iso', yearOnly: false, format: (y, m) => `${y}-${pad(m)}`, present: 'now' },
  { id: 'german', yearOnly: false, format: (y, m) => `${pad(m)}.${y}`, present: 'Present' },
  { id: 'year', yearOnly: true, format: (y) => `${y}`, present: 'Present' },
  { id: 'year-slash', yearOnly: false, format: (y, m) => `${y}/${pad(m)}`, present: 'Current' },
];

export function dateRange(person: Person, start: [number, number], end: [number, number] | null, separator = ' – '): string {
  const f = person.dates.format;
  return `${f(start[0], start[1])}${separator}${end ? f(end[0], end[1]) : person.dates.present}`;
}

export function makePerson(seed: number, options: { ascii?: boolean } = {}): Person {
  const random = new Random(seed * 7919 + 17);
  const [first, last, handle] = NAMES[seed % NAMES.length]!;
  const profession = random.pick(PROFESSIONS);
  const jobCount = random.pick([1, 2, 3, 3, 4, 4, 5]);
  const companies = random.sample(COMPANIES, jobCount);
  const titles = random.shuffle(profession.titles);
  let year = 2025;
  let month = random.int(1, 12);
  const jobs: Job[] = [];
  const current = random.chance(0.7);
  for (let i = 0; i < jobCount; i++) {
    const [company, location] = companies[i]!;
    const end: [number, number] | null = i === 0 && current ? null : [year, month];
    const length = random.int(10, 40);
    let startYear = year;
    let startMonth = month - length;
    while (startMonth < 1) { startMonth += 12; startYear--; }
    jobs.push({ company, location, title: titles[i % titles.length]!, start: [startYear, startMonth], end, bullets: random.sample(profession.bullets, random.int(2, 3)) });
    year = startYear;
    month = startMonth - random.int(0, 3);
    if (month < 1) { month += 12; year--; }
  }
  const schoolCount = random.pick([1, 1, 2]);
  const schools: School[] = random.sample(SCHOOLS, schoolCount).map(([institution, location], i) => {
    const [degree, field] = random.pick(DEGREES);
    const endYear = year - i * 3;
    return { institution, location, degree, field, start: endYear - random.int(2, 4), end: endYear };
  });
  const email = random.chance(0.9) ? `${handle}@${random.pick(EMAIL_DOMAINS)}` : null;
  const phone = random.chance(0.85) ? random.pick(PHONES)() : null;
  const skillGroups = profession.skills.map((group) => ({ label: group.label, skills: random.sample(group.skills, random.int(3, group.skills.length)) }));
  return {
    seed,
    first: options.ascii ? asciiName(first) : first,
    last: options.ascii ? asciiName(last) : last,
    email,
    phone,
    city: random.pick(CITIES),
    headline: profession.headline,
    github: random.chance(0.5) ? handle.replace(/\./g, '') : null,
    linkedin: random.chance(0.6) ? handle.replace(/\./g, '-') : null,
    summary: `${profession.headline} with ${2025 - year} years of experience. Enjoys clear writing, careful measurement and teams that ship.`,
    jobs,
    schools,
    skillGroups,
    languages: random.sample(LANGUAGES, random.int(2, 3)),
    dates: random.pick(DATE_STYLES),
  };
}

function asciiName(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ı/g, 'i');
}

function ym(person: Person, [year, month]: [number, number]): string {
  // A year written alone is read as January of that year (the extractor's convention).
  return `${year}-${pad(person.dates.yearOnly ? 1 : month)}`;
}

export interface TruthOptions {
  /** Languages listed in a section the template renders as skills. */
  withLanguages?: boolean;
  /** Skill groups the template does not render. */
  skills?: string[];
}

export function truthOf(person: Person, options: TruthOptions = {}): RealTruth {
  return {
    firstName: person.first,
    lastName: person.last,
    email: person.email,
    phone: person.phone,
    workExperiences: person.jobs.map((job) => ({
      company: job.company,
      title: job.title,
      startDate: ym(person, job.start),
      endDate: job.end ? ym(person, job.end) : null,
      isCurrent: job.end === null,
    })),
    education: person.schools.map((school) => ({ institution: school.institution, degree: school.degree })),
    skills: options.skills ?? [...person.skillGroups.flatMap((group) => group.skills), ...(options.withLanguages ? person.languages : [])],
  };
}

export function allSkills(person: Person): string[] {
  return person.skillGroups.flatMap((group) => group.skills);
}
