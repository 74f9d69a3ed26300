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
  /** A newsletter's one-click unsubscribe URL; null for a notification. */
  listUnsubscribe: string | null;
}

/** Where mail goes: an SMTP server, or a folder of .eml files on the embedded default. */
export interface MailTransport {
  /** Resolves once the mail is handed over; rejects when it was not. */
  send(mail: OutgoingMail): Promise<void>;
  /** Says where mail goes, for logs and the ready banner (never the URL's password). */
  describe: string;
  /** Closes the connections kept open. */
  close(): void;
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
  // RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the URL, no sign-in.
  ...(mail.listUnsubscribe
    ? {
        list: { unsubscribe: mail.listUnsubscribe },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      }
    : {}),
});

/** SMTP to `smtpUrl` (TLS for smtps://, STARTTLS when offered); without one, each mail becomes an .eml file. */
export function mailTransport(options: MailTransportOptions): MailTransport {
  if (options.smtpUrl) {
    // One kept connection: the sender sends one mail at a time, and a new connection (greeting,
    // TLS, login) per mail costs more than the mail itself (about 100 ms against 5 on loopback).
    const smtp = createTransport(
      { url: options.smtpUrl, pool: true, maxConnections: 1, ...timeouts },
      { from: options.from },
    );
    const server = new URL(options.smtpUrl);
    return {
      describe: `SMTP ${server.protocol}//${server.host}`,
      close: () => smtp.close(),
      async send(mail) {
        await smtp.sendMail(messageOf(mail));
      },
    };
  }
  const stream = createTransport({ streamTransport: true, buffer: true }, { from: options.from });
  return {
    describe: `.eml files in ${options.mailDir}`,
    close: () => stream.close(),
    async send(mail) {
      const { message } = await stream.sendMail(messageOf(mail));
      await mkdir(options.mailDir, { recursive: true });
      await writeFile(join(options.mailDir, `${mail.id}.eml`), message as Buffer);
    },
  };
}
