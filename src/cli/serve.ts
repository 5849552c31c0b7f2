import { createApp } from '../app.js';
import { bootstrapEmptyDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { stopOnSignals } from './stop-on-signals.js';

export async function serve(options: { worker: boolean }) {
  const config = loadConfig();
  const workers = options.worker && config.WORKERS === 'on';
  const app = await createApp(config, { worker: workers });
  const { logger } = app.services;
  if (!workers && app.services.db.kind === 'pglite') {
    logger.warn('workers are off on the embedded database: no other process can open it, so résumés and emails wait until a process with workers starts');
  }
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
  logger.info({ url: `${server.url}/graphql`, database: app.services.db.kind, location: app.services.db.location, workers }, 'candidate-gateway listening');
  stopOnSignals(logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await server.close();
    await app.close();
  });
}
