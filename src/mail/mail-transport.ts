import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  /** Where mail goes, for logs. */
  readonly description: string;
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/**
 * SMTP through nodemailer when SMTP_URL is set. Otherwise nodemailer still builds the exact
 * RFC 5322 message, and it is written to DATA_DIR/mail/<id>.eml for a person to open.
 */
export function createMailTransport(config: { SMTP_URL?: string | undefined; DATA_DIR: string }): MailTransport {
  if (config.SMTP_URL) {
    const transport = nodemailer.createTransport(config.SMTP_URL);
    const url = new URL(config.SMTP_URL);
    return {
      description: `smtp://${url.host}`,
      async send(mail) {
        const info = await transport.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@candidate-gateway>` });
        return { messageId: info.messageId };
      },
      close: () => transport.close(),
    };
  }
  const dir = resolve(config.DATA_DIR, 'mail');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: dir,
    async send(mail) {
      const info = await transport.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@candidate-gateway>` });
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${mail.id}.eml`), info.message as Buffer);
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
