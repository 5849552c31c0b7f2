import { pino, type Logger } from 'pino';

export type { Logger };

export type LogFormat = 'json' | 'pretty';

export function createLogger(level: string, format: LogFormat = 'json'): Logger {
  return pino({
    level,
    base: { service: 'candidate-gateway' },
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.key', '*.apiKey'], censor: '[redacted]' },
    // pino-pretty runs in pino's transport worker so formatting never blocks requests; collectors keep reading JSON.
    ...(format === 'pretty' ? { transport: { target: 'pino-pretty', options: { colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } } } : {}),
  });
}
