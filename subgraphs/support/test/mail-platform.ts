import { support } from '@comptoir/support';
import {
  type SmtpInbox,
  startSmtpInbox,
  startTestPlatform,
  type TestPlatform,
  type TestPlatformOptions,
} from '@comptoir/testing';

export interface MailPlatform {
  t: TestPlatform;
  inbox: SmtpInbox;
  stop(): Promise<void>;
}

/**
 * Support behind the router, its mail sent every 50 ms to a real SMTP server of the test's own,
 * links under `storefrontUrl`; events on Kafka when the run names brokers.
 */
export async function startMailPlatform(
  storefrontUrl: string,
  options: { rawEnv?: Record<string, string> } & Pick<TestPlatformOptions, 'env' | 'onQuery'> = {},
): Promise<MailPlatform> {
  const inbox = await startSmtpInbox();
  const t = await startTestPlatform({
    subgraphs: [support],
    env: { ...(process.env.KAFKA_BROKERS ? { KAFKA_BROKERS: process.env.KAFKA_BROKERS } : {}), ...options.env },
    rawEnv: { SMTP_URL: inbox.url, STOREFRONT_URL: storefrontUrl, MAIL_SEND_INTERVAL_MS: '50', ...options.rawEnv },
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  }).catch(async (error) => {
    await inbox.stop();
    throw error;
  });
  return {
    t,
    inbox,
    async stop() {
      await t.stop();
      await inbox.stop();
    },
  };
}
