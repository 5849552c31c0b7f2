import { Command, Option } from 'commander';
import { SCOPES } from './auth/scopes.js';

// Only commander and the scope list load before a command runs: `--help` and argument errors
// answer without opening the database, Prisma or the GraphQL schema. Each action imports its module.

const program = new Command()
  .name('candidate-gateway')
  .description('GraphQL gateway over candidate data. Settings come from the environment (see README).')
  .showHelpAfterError();

/** Commands that keep running until a signal; every other command exits when its action returns. */
const LONG_RUNNING = new Set(['serve', 'worker']);
let exitCode = 0;

program
  .command('serve')
  .description('Start the gateway (what `npm start` runs): HTTP, WebSocket and, unless turned off, the background workers')
  .option('--no-worker', 'serve requests only and leave jobs to `candidate-gateway worker` processes (same as WORKERS=off)')
  .action(async (options: { worker: boolean }) => (await import('./cli/serve.js')).serve(options));

program
  .command('worker')
  .description('Run only the background workers (résumé processing, email delivery); opens no port')
  .addHelpText(
    'after',
    '\nOn PostgreSQL, run as many as needed next to `serve --no-worker` (or WORKERS=off) processes.\nOn the embedded database one process holds the data: use `serve` alone there.',
  )
  .action(async () => (await import('./cli/worker.js')).runWorker());

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(async () => (await import('./cli/migrate.js')).migrate());

const orgs = program.command('orgs').description('Manage organizations (tenants)');
orgs
  .command('create <slug>')
  .description('Create an organization')
  .option('--name <name>', 'display name')
  .action(async (slug: string, options: { name?: string }) => (await import('./cli/orgs.js')).createOrg(slug, options));
orgs
  .command('list')
  .description('List organizations with their active key and candidate counts')
  .option('--json', 'print one JSON array on stdout')
  .action(async (options: { json?: boolean }) => (await import('./cli/orgs.js')).listOrgs(options));

const keys = program.command('keys').description('Manage API keys');
keys
  .command('create')
  .description('Create an API key; the key is printed once and stored only as a hash')
  .requiredOption('--org <slug>', 'organization slug')
  .requiredOption('--scopes <csv>', 'comma-separated scopes, e.g. read:candidates,write:candidates')
  .option('--name <name>', 'a name to recognise the key by')
  .addOption(new Option('--json', 'print exactly one JSON object on stdout'))
  .addHelpText('after', `\nScopes:\n${SCOPES.map((s) => `  ${s}`).join('\n')}`)
  .action(async (options: { org: string; scopes: string; name?: string; json?: boolean }) => (await import('./cli/keys.js')).createKey(options));
keys
  .command('list')
  .description('List API keys by prefix, with scopes and last use (never the key or its hash)')
  .option('--org <slug>', 'only this organization')
  .option('--json', 'print one JSON array on stdout')
  .action(async (options: { org?: string; json?: boolean }) => (await import('./cli/keys.js')).listKeys(options));
keys
  .command('revoke <prefix>')
  .description('Revoke an API key by its prefix (e.g. cgw_AbCd1234)')
  .action(async (prefix: string) => (await import('./cli/keys.js')).revokeKey(prefix));

program
  .command('import <path>')
  .description('Import a directory of résumés (PDF, DOC, DOCX) through the résumé pipeline, or a CSV or JSON file of candidates (JSON Resume too)')
  .requiredOption('--org <slug>', 'organization to import into')
  .option('--owner <email>', 'member who owns the imported candidates (created if missing; default: the first member)')
  .option('--json', 'print the summary as one JSON object on stdout')
  .addHelpText(
    'after',
    [
      '',
      'Running the same import again creates nothing twice: résumés are recognised by their content, candidates by email',
      '(or by an external id column). Progress goes to stderr (a bar on a terminal), the summary to stdout.',
      'CSV columns: firstName, lastName, name, email, phone, title, notes, externalId, linkedin (case and _ ignored);',
      'other columns are kept as metadata. JSON: an array of such objects, { "candidates": [...] }, or JSON Resume documents.',
    ].join('\n'),
  )
  .action(async (path: string, options: { org: string; owner?: string; json?: boolean }) => {
    exitCode = await (await import('./cli/import/import-command.js')).importCommand(path, options);
  });

try {
  await program.parseAsync(process.argv);
  // One-shot commands end here. The WebAssembly schema engine leaves a 10 s timer armed after
  // migrating, which would otherwise keep the process alive with nothing to do.
  if (!LONG_RUNNING.has(program.args[0] ?? '')) process.exit(exitCode);
} catch (error) {
  const { describeError } = await import('./cli/describe-error.js');
  const described = describeError(error);
  console.error(`candidate-gateway: ${described.message}`);
  process.exit(described.exitCode);
}
