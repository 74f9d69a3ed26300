import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';

/** One message to hand to the mail server. */
export interface OutgoingMail {
  /** Also the Message-ID's local part: a receiver can tell a resent copy by it. */
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** Where mail goes: an SMTP server, or a folder of .eml files on the embedded default. */
export interface MailTransport {
  /** Resolves once the mail is handed over; rejects when it was not. */
  send(mail: OutgoingMail): Promise<void>;
  /** Says where mail goes, for logs and the ready banner (never the URL's password). */
  describe: string;
}

export interface MailTransportOptions {
  /** smtp:// or smtps://, with user:password@ when the server asks; unset: mail is caught in `mailDir`. */
  smtpUrl: string | undefined;
  from: string;
  mailDir: string;
}

// Bounded waits, so a mail server that hangs fails the attempt well within the sender's claim lease.
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

const messageOf = (mail: OutgoingMail) => ({
  to: mail.to,
  subject: mail.subject,
  html: mail.html,
  text: mail.text,
  messageId: `<${mail.id}@comptoir>`,
});

/** SMTP to `smtpUrl` (TLS for smtps://, STARTTLS when offered); without one, each mail becomes an .eml file. */
export function mailTransport(options: MailTransportOptions): MailTransport {
  if (options.smtpUrl) {
    const smtp = createTransport({ url: options.smtpUrl, ...timeouts }, { from: options.from });
    const server = new URL(options.smtpUrl);
    return {
      describe: `SMTP ${server.protocol}//${server.host}`,
      async send(mail) {
        await smtp.sendMail(messageOf(mail));
      },
    };
  }
  const stream = createTransport({ streamTransport: true, buffer: true }, { from: options.from });
  return {
    describe: `.eml files in ${options.mailDir}`,
    async send(mail) {
      const { message } = await stream.sendMail(messageOf(mail));
      await mkdir(options.mailDir, { recursive: true });
      await writeFile(join(options.mailDir, `${mail.id}.eml`), message as Buffer);
    },
  };
}
