import type { AppServices } from './app-services.js';
import type { Config } from './config.js';
import { databaseTarget, openDatabase, type Database, type DatabaseTarget } from './db/client.js';
import { applyPendingMigrations } from './db/migrations.js';
import { createLogger, type Logger } from './logger.js';
import { createGatewayYoga, type GatewayYoga } from './yoga.js';

export interface App {
  services: AppServices;
  yoga: GatewayYoga;
  close(): Promise<void>;
}

/** Opens the database, applies pending migrations and assembles the gateway; no port is opened. */
export async function createApp(config: Config, options: { target?: DatabaseTarget; logger?: Logger } = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const db: Database = await openDatabase(options.target ?? databaseTarget(config));
  try {
    const applied = await applyPendingMigrations(db.adapterFactory);
    if (applied.length > 0) logger.info({ applied }, 'applied database migrations');
  } catch (error) {
    await db.close();
    throw error;
  }
  const services: AppServices = { config, logger, db };
  const yoga = createGatewayYoga(services);
  return {
    services,
    yoga,
    async close() {
      await db.close();
    },
  };
}
