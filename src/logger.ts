import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'candidate-gateway' },
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.key', '*.apiKey'], censor: '[redacted]' },
  });
}
