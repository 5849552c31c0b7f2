import type { SkillCategory } from './cv-schema.js';
import { SkillMentionIndex, skillMatchers } from './skill-mentions.js';

export interface SkillEntry {
  name: string;
  category: SkillCategory;
  aliases: readonly string[];
  /**
   * Recognised only inside a skills/languages list, never in free text: the word is
   * ambiguous in prose ("Go", "Swift", "React to incidents"), or it is a soft skill or a
   * spoken language, which prose mentions do not establish.
   */
  listedOnly: boolean;
}

// One entry per line: `Canonical Name | alias; alias`. A leading `~` marks listedOnly.
const TECHNICAL = `
JavaScript | JS; ECMAScript; ES6; ES2015; Javascript
TypeScript | TS
Python | Python3; Python 3
Java | Java SE; Java EE; J2EE; Jakarta EE
Kotlin
Scala
~Go | Golang
~Rust
~C | C language
C++ | CPP; C plus plus
C# | C Sharp; CSharp
~Swift
Objective-C | ObjC; Objective C
PHP
~Ruby
Perl
~R | R language; RStudio
MATLAB | Matlab
~Julia
~Dart
Elixir
Erlang
Haskell
Clojure
F# | FSharp
Lua
Groovy
Bash | Shell scripting; Bash scripting
PowerShell
SQL
PL/SQL | PLSQL
T-SQL | TSQL; Transact-SQL
HTML | HTML5
CSS | CSS3
Sass | SCSS
~Less
GraphQL
REST | REST APIs; RESTful; RESTful APIs; REST API
gRPC
WebSockets | WebSocket
Node.js | Node; NodeJS; Node JS
Deno
Bun
~React | React.js; ReactJS; React JS
React Native
Next.js | NextJS
Vue.js | Vue; VueJS; Vue 3
Nuxt | Nuxt.js
Angular | AngularJS; Angular 2+
Svelte | SvelteKit
jQuery
Redux
Tailwind CSS | Tailwind; TailwindCSS
Bootstrap
Webpack
Vite
Babel
~Express | Express.js; ExpressJS
NestJS | Nest.js
Fastify
Django | Django REST Framework; DRF
Flask
FastAPI
~Spring | Spring Framework
Spring Boot | SpringBoot
Hibernate
Ruby on Rails | Rails; RoR
Laravel
Symfony
ASP.NET | ASP.NET Core; ASP NET
.NET | dotnet; .NET Core; .NET Framework; DotNet
Entity Framework | EF Core
Flutter
SwiftUI
Android | Android SDK
iOS | iOS SDK
Xamarin
Electron
~Unity | Unity3D
Unreal Engine | Unreal; UE4; UE5
PostgreSQL | Postgres; PostgresSQL; psql; PostgreSQL DB
MySQL
MariaDB
SQLite
Microsoft SQL Server | SQL Server; MSSQL; MS SQL
Oracle Database | Oracle DB; Oracle
MongoDB | Mongo
Redis
Elasticsearch | Elastic Search; ElasticSearch; OpenSearch
Cassandra | Apache Cassandra
DynamoDB | Amazon DynamoDB
Firebase
Supabase
Neo4j
ClickHouse
Snowflake
BigQuery | Google BigQuery
Amazon Redshift | Redshift
Databricks
Apache Kafka | Kafka
RabbitMQ
Apache Spark | Spark; PySpark
Hadoop | Apache Hadoop
Apache Airflow | Airflow
dbt
Apache Flink | Flink
Prisma
Sequelize
TypeORM
AWS | Amazon Web Services
Microsoft Azure | Azure
Google Cloud Platform | GCP; Google Cloud
DigitalOcean
Heroku
Vercel
Netlify
Cloudflare
AWS Lambda | Lambda
Amazon S3 | S3
Amazon EC2 | EC2
Docker | Docker Compose
Kubernetes | k8s; K8S; kube
Helm
OpenShift
Terraform
Pulumi
Ansible
~Chef
~Puppet
CloudFormation | AWS CloudFormation
Jenkins
GitHub Actions
GitLab CI | GitLab CI/CD
CircleCI
Travis CI
Argo CD | ArgoCD
CI/CD | CICD; Continuous Integration; Continuous Delivery; Continuous Deployment
Git
GitHub
GitLab
Bitbucket
Linux | Unix; Ubuntu; Debian; CentOS; RHEL
Nginx
Apache HTTP Server | Apache httpd
Prometheus
Grafana
Datadog
New Relic
Sentry
ELK Stack | ELK
Splunk
OpenTelemetry
Istio
Microservices | Microservice architecture
Serverless
Event-driven architecture | Event-driven; EDA
Domain-Driven Design | DDD
Test-Driven Development | TDD
Behavior-Driven Development | BDD
Jest
Vitest
Mocha
Cypress
Playwright
Selenium
JUnit
pytest | PyTest
Postman
JMeter
Unit testing
Test automation | Automated testing
Manual testing
Pandas
NumPy | Numpy
SciPy
scikit-learn | sklearn; Scikit-Learn
TensorFlow | Tensorflow
PyTorch | Pytorch
Keras
Hugging Face | HuggingFace; Transformers
LangChain
OpenAI API
Machine Learning | ML
Deep Learning
Natural Language Processing | NLP
Computer Vision
Large Language Models | LLM; LLMs
Data Analysis | Data analytics
Data Visualization | Data viz; Data Visualisation
~Statistics | Statistical analysis; Statistical modelling; Statistical modeling
A/B Testing | AB testing; A/B tests; Experimentation
ETL | ELT; ETL pipelines
Data Modeling | Data modelling
Data Warehousing | Data warehouse
Tableau
Power BI | PowerBI; Microsoft Power BI
Looker
Qlik | QlikView; Qlik Sense
Jupyter | Jupyter Notebook; JupyterLab
~Excel | Microsoft Excel; MS Excel; Advanced Excel
~Word | Microsoft Word; MS Word
PowerPoint | Microsoft PowerPoint; MS PowerPoint
Microsoft Office | MS Office; Office 365; Microsoft 365
Google Workspace | G Suite; Google Docs; Google Sheets
VBA
SAP | SAP ERP; SAP S/4HANA
Salesforce | SFDC; Salesforce CRM
HubSpot
Jira | JIRA; Atlassian Jira
Confluence
Trello
Asana
~Notion
~Slack
Figma
~Sketch
Adobe XD | XD
Adobe Photoshop | Photoshop
Adobe Illustrator | Illustrator
Adobe InDesign | InDesign
Adobe After Effects | After Effects
Adobe Premiere Pro | Premiere Pro; Premiere
Blender
AutoCAD
SolidWorks
InVision
Miro
Framer
Webflow
WordPress
Shopify
UX Research | User research; UX research
Usability Testing | Usability tests
~Wireframing | Wireframes
~Prototyping
Interaction Design | IxD
Design Systems | Design system
~Accessibility | WCAG; a11y
Responsive Design
UI Design | User interface design
UX Design | User experience design
Agile | Agile methodologies; Agile development
Scrum
Kanban
~Lean
Waterfall
SAFe | Scaled Agile
PRINCE2
ITIL
Six Sigma | Lean Six Sigma
Product Management
Product Strategy
Roadmapping | Product roadmap; Roadmaps
Project Management
Stakeholder Management
Requirements Gathering | Requirements analysis; Requirements engineering
Business Analysis
Financial Modeling | Financial modelling
Financial Analysis
Financial Reporting
~Budgeting | Budget management
~Forecasting | Financial forecasting
~Accounting | Bookkeeping
IFRS
US GAAP | GAAP
~Auditing | Audit
~Taxation | Tax
~Payroll
QuickBooks
Xero
Risk Management
~Compliance | Regulatory compliance
Digital Marketing | Online marketing
SEO | Search Engine Optimization; Search engine optimisation
SEM | Search Engine Marketing; PPC; Google Ads; AdWords
Content Marketing
Social Media Marketing | Social media; SMM
Email Marketing
Google Analytics | GA4
Copywriting
Brand Management | Branding
Market Research
CRM | Customer relationship management
~Sales | B2B Sales; B2C Sales
Lead Generation
Account Management
Business Development
~Negotiation
Customer Service | Customer support; Customer care
~Recruiting | Recruitment; Talent acquisition; Sourcing
~Onboarding
Employee Relations
HRIS | Workday; BambooHR
Patient Care
Patient Assessment
Medication Administration
Electronic Health Records | EHR; EMR; Epic; Cerner
Phlebotomy
Wound Care
Infection Control
Basic Life Support | BLS; CPR
Advanced Cardiac Life Support | ACLS
~Triage
Curriculum Development | Curriculum design
Lesson Planning
Classroom Management
Special Education | SEN
E-learning | eLearning; Moodle
Cybersecurity | Cyber security; Information security; InfoSec
Penetration Testing | Pen testing; Pentesting
Network Security
OWASP
SIEM
IAM | Identity and access management
OAuth | OAuth2; OAuth 2.0; OpenID Connect; OIDC
~Networking | TCP/IP; DNS; LAN/WAN
Cisco | Cisco IOS
VMware | vSphere
Windows Server
Active Directory
Embedded Systems | Embedded C; Firmware
Arduino
Raspberry Pi
FPGA | VHDL; Verilog
Blockchain | Solidity; Ethereum; Web3
`;

const SOFT = `
~Leadership | Team leadership; Leading teams; People leadership
~Communication | Communication skills; Written communication; Verbal communication
~Teamwork | Team player; Collaboration; Cross-functional collaboration
~Problem Solving | Problem-solving; Analytical thinking; Troubleshooting
~Critical Thinking
~Time Management | Prioritization; Prioritisation
~Mentoring | Coaching; Mentorship
~Adaptability | Flexibility
~Creativity | Creative thinking
~Attention to Detail | Detail-oriented; Detail oriented
~Public Speaking | Presentation skills; Presentations
~Conflict Resolution
~Decision Making | Decision-making
~Emotional Intelligence | Empathy
~Organization | Organisational skills; Organizational skills
~Self-motivation | Self-motivated; Self-starter
~Customer Focus | Customer orientation
~Strategic Thinking | Strategic planning
~Work Ethic
~Interpersonal Skills | People skills
~Team Management | People management
~Multitasking
~Facilitation | Workshop facilitation
~Active Listening
`;

const LANGUAGES = `
~English
~German | Deutsch
~French | Français
~Spanish | Español; Castilian
~Portuguese | Português
~Italian | Italiano
~Dutch | Nederlands; Flemish
~Swedish | Svenska
~Norwegian | Norsk
~Danish | Dansk
~Finnish | Suomi
~Icelandic
~Estonian | Eesti
~Latvian | Latviešu
~Lithuanian | Lietuvių; Lithuanian language
~Polish | Polski
~Czech | Čeština
~Slovak
~Slovenian | Slovene
~Croatian
~Serbian
~Bosnian
~Bulgarian
~Romanian
~Hungarian | Magyar
~Greek
~Turkish | Türkçe
~Russian | Русский
~Ukrainian | Українська
~Belarusian
~Georgian
~Armenian
~Hebrew
~Arabic
~Persian | Farsi
~Urdu
~Hindi
~Bengali | Bangla
~Punjabi
~Tamil
~Telugu
~Marathi
~Gujarati
~Chinese | Mandarin; Mandarin Chinese; Cantonese
~Japanese
~Korean
~Vietnamese
~Thai
~Indonesian | Bahasa Indonesia
~Malay | Bahasa Melayu
~Filipino | Tagalog
~Swahili
~Amharic
~Yoruba
~Igbo
~Hausa
~Zulu
~Afrikaans
~Catalan
~Basque
~Galician
~Irish | Gaelic
~Welsh
~Sign Language | BSL; ASL
`;

function parse(block: string, category: SkillCategory): SkillEntry[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const listedOnly = line.startsWith('~');
      const [name = '', aliases = ''] = line.replace(/^~/, '').split('|');
      return {
        name: name.trim(),
        category,
        aliases: aliases.split(';').map((alias) => alias.trim()).filter((alias) => alias.length > 0),
        listedOnly,
      };
    });
}

export const SKILLS_VOCABULARY: readonly SkillEntry[] = [
  ...parse(TECHNICAL, 'technical'),
  ...parse(SOFT, 'soft'),
  ...parse(LANGUAGES, 'language'),
];

/** Case-, space- and punctuation-insensitive key; keeps the symbols that tell C from C# from C++. */
export function skillKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/(^|\s)[-–—:;,.]+|[-–—:;,.]+($|\s)/g, '$1$2')
    .trim();
}

const BY_KEY = new Map<string, SkillEntry>();
for (const entry of SKILLS_VOCABULARY) {
  for (const spelling of [entry.name, ...entry.aliases]) {
    const key = skillKey(spelling);
    if (!BY_KEY.has(key)) BY_KEY.set(key, entry);
  }
}

/** The vocabulary entry a written skill refers to ("k8s" → Kubernetes), if any. */
export function findSkill(text: string): SkillEntry | undefined {
  return BY_KEY.get(skillKey(text));
}

const MENTIONS = new SkillMentionIndex(skillMatchers(SKILLS_VOCABULARY));

/**
 * Vocabulary skills mentioned in free text (summaries, job descriptions), by the rule in
 * skill-mentions.ts. A mention inside a longer one counts only as the longer skill ("GitHub
 * Actions" is not "GitHub").
 */
export function findSkillMentions(text: string): SkillEntry[] {
  return MENTIONS.find(text);
}
