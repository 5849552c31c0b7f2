import { Command, Option } from 'commander';
import { createApp, type App } from './app.js';
import { bootstrapEmptyDatabase } from './bootstrap.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { databaseTarget, DataDirLockedError, openDatabase, type Database } from './db/client.js';
import { applyPendingMigrations } from './db/migrations.js';
import { parseScopes } from './auth/scopes.js';
import { createApiKey, revokeApiKey } from './domain/api-keys.js';
import { createOrganization, findOrganizationBySlug } from './domain/organizations.js';
import { startServer } from './server.js';

/** Opens the configured database with pending migrations applied; returns what was applied too. */
async function withDatabase<T>(config: Config, work: (db: Database, applied: string[]) => Promise<T>): Promise<T> {
  const db = await openDatabase(databaseTarget(config));
  try {
    const applied = await applyPendingMigrations(db.adapterFactory);
    return await work(db, applied);
  } finally {
    await db.close();
  }
}

/** Key changes made from the command line are audited like those made through the API. */
async function auditCli(db: Database, entry: { organizationId: string; action: string; targetId: string; detail: Record<string, unknown> }) {
  await db.prisma.auditEntry.create({
    data: { ...entry, targetType: 'ApiKey', result: 'SUCCESS', detail: { ...entry.detail, via: 'cli', user: process.env.USER ?? null } },
  });
}

async function serve(config: Config) {
  const app: App = await createApp(config);
  const { logger } = app.services;
  const bootstrapKey = await bootstrapEmptyDatabase(app.services.db.prisma);
  const server = await startServer(app, { port: config.PORT, host: config.HOST });
  if (bootstrapKey) {
    process.stdout.write(
      [
        '',
        'Created organization "default" and an API key with every scope. It is shown only now:',
        '',
        `  ${bootstrapKey.key}`,
        '',
        `GraphQL endpoint: ${server.url}/graphql`,
        `Try: curl -s ${server.url}/graphql -H 'content-type: application/json' -H 'X-API-Key: ${bootstrapKey.key}' -d '{"query":"{ viewer { organization { slug } scopes } }"}'`,
        '',
      ].join('\n'),
    );
  }
  // Logged after the key so that anything waiting for this line has the key too.
  logger.info({ url: `${server.url}/graphql`, database: app.services.db.kind, location: app.services.db.location }, 'candidate-gateway listening');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('graceful shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    await server.close();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

const program = new Command()
  .name('candidate-gateway')
  .description('GraphQL gateway over candidate data. Settings come from the environment (see README).')
  .showHelpAfterError();

program.command('serve').description('Start the gateway (what `npm start` runs)').action(async () => serve(loadConfig()));

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(async () => {
    const config = loadConfig();
    const applied = await withDatabase(config, async (_db, justApplied) => justApplied);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  });

const orgs = program.command('orgs').description('Manage organizations (tenants)');
orgs
  .command('create <slug>')
  .description('Create an organization')
  .option('--name <name>', 'display name')
  .action(async (slug: string, options: { name?: string }) => {
    const organization = await withDatabase(loadConfig(), (db) => createOrganization(db.prisma, { slug, name: options.name }));
    console.log(`Created organization ${organization.slug} (${organization.name}).`);
  });

const keys = program.command('keys').description('Manage API keys');
keys
  .command('create')
  .description('Create an API key; the key is printed once and stored only as a hash')
  .requiredOption('--org <slug>', 'organization slug')
  .requiredOption('--scopes <csv>', 'comma-separated scopes, e.g. read:candidates,write:candidates')
  .option('--name <name>', 'a name to recognise the key by')
  .addOption(new Option('--json', 'print exactly one JSON object on stdout'))
  .action(async (options: { org: string; scopes: string; name?: string; json?: boolean }) => {
    const scopes = parseScopes(options.scopes);
    const created = await withDatabase(loadConfig(), async (db) => {
      const organization = await findOrganizationBySlug(db.prisma, options.org);
      const key = await createApiKey(db.prisma, { organizationId: organization.id, scopes, name: options.name });
      await auditCli(db, { organizationId: organization.id, action: 'apiKey.create', targetId: key.prefix, detail: { scopes, name: key.name } });
      return key;
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ key: created.key, prefix: created.prefix, scopes: created.scopes, name: created.name, organization: options.org })}\n`);
    } else {
      console.log(`API key "${created.name}" for ${options.org} with scopes ${created.scopes.join(', ')}. Shown only now:\n\n  ${created.key}\n`);
    }
  });
keys
  .command('revoke <prefix>')
  .description('Revoke an API key by its prefix (e.g. cgw_AbCd1234)')
  .action(async (prefix: string) => {
    await withDatabase(loadConfig(), async (db) => {
      const key = await revokeApiKey(db.prisma, prefix);
      await auditCli(db, { organizationId: key.organizationId, action: 'apiKey.revoke', targetId: key.prefix, detail: {} });
    });
    console.log(`Revoked ${prefix}.`);
  });

try {
  await program.parseAsync(process.argv);
  // One-shot commands end here. The WebAssembly schema engine leaves a 10 s timer armed after
  // migrating, which would otherwise keep the process alive with nothing to do.
  if (program.args[0] !== 'serve') process.exit(0);
} catch (error) {
  const known = error instanceof ConfigError || error instanceof DataDirLockedError;
  console.error(known ? error.message : `candidate-gateway: ${(error as Error).message}`);
  process.exit(known ? 78 : 1);
}
