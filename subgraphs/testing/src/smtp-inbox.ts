import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback (tests of mail), asking for a login, keeping every message it accepts, parsed. */
export interface SmtpInbox {
  port: number;
  /** The SMTP_URL that reaches it, with its login. */
  url: string;
  messages: ParsedMail[];
  /** The messages sent to `address`. */
  to(address: string): ParsedMail[];
  stop(): Promise<void>;
}

const inboxLogin = { user: 'comptoir', pass: 'mail-secret' };

/** Listens on `port` (0: a free one); a stopped inbox can be started again on the same port, keeping `messages`. */
export async function startSmtpInbox(port = 0, messages: ParsedMail[] = []): Promise<SmtpInbox> {
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === inboxLogin.user && auth.password === inboxLogin.pass)
        callback(null, { user: auth.username });
      else callback(new Error('invalid login'));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          messages.push(parsed);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const listening = (server.server.address() as { port: number }).port;
  return {
    port: listening,
    url: `smtp://${inboxLogin.user}:${inboxLogin.pass}@127.0.0.1:${listening}`,
    messages,
    to: (address) => messages.filter((message) => addressesOf(message).includes(address)),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function addressesOf(message: ParsedMail): string[] {
  const to = message.to === undefined ? [] : Array.isArray(message.to) ? message.to : [message.to];
  return to.flatMap((field) => field.value.map((address) => address.address ?? ''));
}
