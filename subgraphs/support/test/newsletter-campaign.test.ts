import { randomBytes, randomUUID } from 'node:crypto';
import { execute, waitFor } from '@comptoir/kit';
import type { SmtpInbox, TestPlatform } from '@comptoir/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsletterTokens } from '../src/domain/newsletter/tokens.ts';
import { type MailPlatform, startMailPlatform } from './mail-platform.ts';

const storefrontUrl = 'https://shop.example.test';
const secret = randomBytes(32).toString('hex');
const tokens = newsletterTokens(secret, 3600);
const run = randomBytes(4).toString('hex');

interface Campaign {
  id: string;
  status: string;
  progress: { recipients: number | null; sent: number; failed: number; skipped: number; pending: number };
}
type CampaignPayload = { campaign: Campaign | null; userErrors: Array<{ code: string; field: string | null }> };

const campaignFields = 'id status progress { recipients sent failed skipped pending }';

const header = (mail: ParsedMail, name: string) => mail.headerLines.find((line) => line.key === name)?.line ?? null;

describe('newsletter campaigns', () => {
  let t: TestPlatform;
  let inbox: SmtpInbox;
  let admin: string;

  const campaignMutation = async (name: string, inputType: string, input: Record<string, unknown>, token = admin) => {
    const { body } = await t.graphql<Record<string, CampaignPayload>>(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { campaign { ${campaignFields} } userErrors { code field } } }`,
      { input },
      { token },
    );
    return body;
  };
  const campaign = async (id: string) => {
    const { body } = await t.graphql<{ newsletterCampaign: Campaign }>(
      `query ($id: ID!) { newsletterCampaign(id: $id) { ${campaignFields} } }`,
      { id },
      { token: admin },
    );
    return body.data?.newsletterCampaign as Campaign;
  };
  const newCampaign = async (subject: string) => {
    const { data } = await campaignMutation('createNewsletterCampaign', 'CreateNewsletterCampaignInput', {
      subjectFr: `${subject} (FR)`,
      subjectEn: `${subject} (EN)`,
      bodyFr: 'Les nouveautés <b>de décembre</b>.\n\nÀ bientôt !',
      bodyEn: 'What is new <b>in December</b>.\n\nSee you soon!',
    });
    return data?.createNewsletterCampaign?.campaign as Campaign;
  };
  const sentCount = async (campaignId: string) =>
    (
      await execute<{ count: number }>(
        t.em('support'),
        "select count(*)::int as count from support.mail where campaign_id = ? and status = 'SENT'",
        [campaignId],
      )
    )[0]?.count ?? 0;

  let platform: MailPlatform;

  beforeAll(async () => {
    platform = await startMailPlatform(storefrontUrl, {
      rawEnv: {
        NEWSLETTER_TOKEN_SECRET: secret,
        // 100 every 1.5 s: the campaign below takes ten batches, about 15 s, long enough for ten
        // unsubscriptions and a restart in its middle even on a machine running other test files.
        NEWSLETTER_BATCH_SIZE: '100',
        NEWSLETTER_BATCH_INTERVAL_MS: '1500',
      },
    });
    ({ t, inbox } = platform);
    admin = await t.token({ sub: randomUUID(), roles: ['ADMIN'], scope: 'support:admin support:agent' });
  });
  afterAll(() => platform?.stop());

  it('is for admins only, and checks what they write', async () => {
    const customer = await t.token({ sub: randomUUID(), roles: ['CUSTOMER'] });
    const refused = await campaignMutation(
      'createNewsletterCampaign',
      'CreateNewsletterCampaignInput',
      { subjectFr: 'a', subjectEn: 'a', bodyFr: 'a', bodyEn: 'a' },
      customer,
    );
    expect(refused.data?.createNewsletterCampaign ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const blank = await campaignMutation('createNewsletterCampaign', 'CreateNewsletterCampaignInput', {
      subjectFr: 'Bonjour',
      subjectEn: '  ',
      bodyFr: 'a',
      bodyEn: 'a',
    });
    expect(blank.data?.createNewsletterCampaign?.userErrors).toEqual([{ code: 'INVALID', field: 'input.subjectEn' }]);
  });

  it('previews each language as a subscriber will read it, escaped', async () => {
    const draft = await newCampaign('Preview');
    const { body } = await t.graphql<{
      newsletterCampaign: { fr: { subject: string; html: string; text: string }; en: { subject: string } };
    }>(
      `query ($id: ID!) { newsletterCampaign(id: $id) {
         fr: preview(language: FR) { subject html text } en: preview(language: EN) { subject } } }`,
      { id: draft.id },
      { token: admin },
    );
    const preview = body.data?.newsletterCampaign;
    expect(preview?.fr.subject).toBe('Preview (FR)');
    expect(preview?.en.subject).toBe('Preview (EN)');
    expect(preview?.fr.html).toContain('<p>Les nouveautés &lt;b&gt;de décembre&lt;/b&gt;.</p>');
    expect(preview?.fr.text).toContain(
      'Se désabonner en un clic: https://shop.example.test/newsletter/unsubscribe?token=preview',
    );
  });

  it('a cancelled campaign sends nothing and can no longer change', async () => {
    const draft = await newCampaign('Cancelled');
    const scheduled = await campaignMutation('scheduleNewsletterCampaign', 'ScheduleNewsletterCampaignInput', {
      id: draft.id,
      sendAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(scheduled.data?.scheduleNewsletterCampaign?.campaign?.status).toBe('SCHEDULED');
    const cancelled = await campaignMutation('cancelNewsletterCampaign', 'CancelNewsletterCampaignInput', {
      id: draft.id,
    });
    expect(cancelled.data?.cancelNewsletterCampaign?.campaign?.status).toBe('CANCELLED');
    const edit = await campaignMutation('updateNewsletterCampaign', 'UpdateNewsletterCampaignInput', {
      id: draft.id,
      subjectEn: 'Changed',
    });
    expect(edit.data?.updateNewsletterCampaign?.userErrors).toEqual([
      { code: 'CAMPAIGN_NOT_EDITABLE', field: 'input.id' },
    ]);
    expect((await campaign(draft.id)).progress).toEqual({
      recipients: null,
      sent: 0,
      failed: 0,
      skipped: 0,
      pending: 0,
    });
  });

  it('sends a scheduled campaign to 1,000 confirmed subscribers, once each, across a restart, and to no one else', async () => {
    // 1,000 confirmed (half French), 20 unsubscribed and 20 still pending: seeded, the opt-in itself is tested apart.
    await execute(
      t.em('support'),
      `insert into support.newsletter_subscription (id, email, language, status, confirmed_at, unsubscribed_at, created_at, updated_at)
       select gen_random_uuid(), 'reader-' || n || '-${run}@example.test', case when n % 2 = 0 then 'FR' else 'EN' end,
              case when n <= 1000 then 'CONFIRMED' when n <= 1020 then 'UNSUBSCRIBED' else 'PENDING' end,
              case when n <= 1020 then now() - interval '1 day' end, case when n between 1001 and 1020 then now() end,
              now(), now()
         from generate_series(1, 1040) as n`,
    );
    const confirmed = await execute<{ id: string; email: string; language: string }>(
      t.em('support'),
      `select id, email, language from support.newsletter_subscription
        where status = 'CONFIRMED' and email like 'reader-%-${run}@example.test' order by id`,
    );
    expect(confirmed).toHaveLength(1000);

    const draft = await newCampaign('December');
    const scheduled = await campaignMutation('scheduleNewsletterCampaign', 'ScheduleNewsletterCampaignInput', {
      id: draft.id,
      sendAt: new Date(Date.now() + 1500).toISOString(),
    });
    expect(scheduled.data?.scheduleNewsletterCampaign?.campaign).toMatchObject({
      status: 'SCHEDULED',
      progress: { recipients: null },
    });

    await waitFor(async () => (await sentCount(draft.id)) >= 100, 'the first batch is sent');
    // The last ten in queue order leave while the first batches go: they must get nothing.
    const leaving = confirmed.slice(-10);
    for (const reader of leaving) {
      const { body } = await t.graphql<{ unsubscribeFromNewsletter: { subscription: { status: string } } }>(
        'mutation ($input: NewsletterTokenInput!) { unsubscribeFromNewsletter(input: $input) { subscription { status } } }',
        { input: { token: await tokens.sign('unsubscribe', reader.id) } },
      );
      expect(body.data?.unsubscribeFromNewsletter.subscription.status).toBe('UNSUBSCRIBED');
    }

    await t.restart();
    const sentAtRestart = await sentCount(draft.id);
    expect(sentAtRestart).toBeLessThan(990);
    expect((await campaign(draft.id)).status).toBe('SENDING');

    await waitFor(async () => (await campaign(draft.id)).status === 'SENT', 'the campaign finishes', 60_000);
    expect((await campaign(draft.id)).progress).toEqual({
      recipients: 1000,
      sent: 990,
      failed: 0,
      skipped: 10,
      pending: 0,
    });

    const copies = Map.groupBy(
      inbox.messages.filter((mail) => /^December/.test(mail.subject ?? '')),
      (mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined),
    );
    const staying = confirmed.slice(0, -10);
    for (const reader of staying) expect(copies.get(reader.email)?.length, reader.email).toBe(1);
    expect(copies.size).toBe(990);
    for (const reader of leaving) expect(copies.has(reader.email)).toBe(false);

    const french = staying.find((reader) => reader.language === 'FR');
    const english = staying.find((reader) => reader.language === 'EN');
    const frenchCopy = copies.get(french?.email)?.[0] as ParsedMail;
    expect(frenchCopy.subject).toBe('December (FR)');
    expect(copies.get(english?.email)?.[0]?.subject).toBe('December (EN)');
    // One click, no sign-in: the header's link is the recipient's own and works.
    expect(header(frenchCopy, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const link = header(frenchCopy, 'list-unsubscribe')?.match(/<(https:[^>]+)>/)?.[1] as string;
    expect(link).toMatch(`${storefrontUrl}/newsletter/unsubscribe?token=`);
    expect(frenchCopy.text).toContain(link);
    const token = decodeURIComponent(new URL(link).searchParams.get('token') as string);
    expect(await tokens.verify('unsubscribe', token)).toMatchObject({ subscriptionId: french?.id });
    const { body } = await t.graphql<{
      unsubscribeFromNewsletter: { subscription: { email: string; status: string } };
    }>(
      'mutation ($input: NewsletterTokenInput!) { unsubscribeFromNewsletter(input: $input) { subscription { email status } } }',
      { input: { token } },
    );
    expect(body.data?.unsubscribeFromNewsletter.subscription).toEqual({ email: french?.email, status: 'UNSUBSCRIBED' });

    const { body: audience } = await t.graphql<{ newsletterAudience: Record<string, number> }>(
      '{ newsletterAudience { pending confirmed unsubscribed } }',
      {},
      { token: admin },
    );
    expect(audience.data?.newsletterAudience).toEqual({ pending: 20, confirmed: 989, unsubscribed: 31 });
  }, 120_000);
});
