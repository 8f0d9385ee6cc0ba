// Follow-up reminders against a real PostgreSQL (a database of this file's own: every focal point
// in it is one of these tests') and a real SMTP server, with the mail worker in this process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ownDatabase } from '../../../tests/support/own-database';
import { startSmtpSink } from '../../../tests/support/smtp-sink';

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
process.env.SITE_URL = 'https://prevenir.test';
process.env.FOLLOW_UP_REMINDER_DAYS = '180';
const database = ownDatabase('follow_up_reminders');
const prisma = await database.open();

const { startMailWorker } = await import('@/server/subscriptions/start-mail-worker');
const { stopJobQueue } = await import('@/server/queue/stop-job-queue');
const { createContent, publishContent } = await import('@/server/content/lifecycle');
const { recommendationType } = await import('@/server/recommendations/recommendation-type');
const { rememberUserLocale } = await import('@/server/auth/remember-user-locale');
const { sendFollowUpReminders } = await import('./send-follow-up-reminders');
const { findLastReminder } = await import('./find-last-reminder');
const { deliverMail } = await import('@/server/subscriptions/deliver-mail');
const { startFollowUpReminderSchedule, FOLLOW_UP_REMINDER_QUEUE } =
  await import('./start-follow-up-reminder-schedule');
const { getJobQueue } = await import('@/server/queue/get-job-queue');
const { createActor, createTestCountry, createTestMechanism, formInput, uniqueTag } =
  await import('../../../tests/support/backoffice-fixtures');
const { createTestUser } = await import('../../../tests/support/auth-fixtures');

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
const tag = uniqueTag().toUpperCase();
const symbol = (n: number) => `CAT/C/${tag}/CO/${n}`;

type Users = Record<
  'pt' | 'es' | 'en' | 'inactive' | 'editor' | 'upToDate',
  { id: string; email: string }
>;
const users = {} as Users;
let otherMechanismId = '';

const reminders = () =>
  prisma.mailDelivery.findMany({ where: { kind: 'FOLLOW_UP_REMINDER' }, include: { user: true } });

beforeAll(async () => {
  await startMailWorker({ schedule: false, pollingIntervalSeconds: 0.5 });
  const country = await createTestCountry();
  const [own, other, upToDate] = await Promise.all([
    createTestMechanism(country.id),
    createTestMechanism(country.id),
    createTestMechanism(country.id),
  ]);
  otherMechanismId = other.id;
  const editor = await createActor('EDITOR');
  const recommend = async (n: number, mechanismId: string, publish = true) => {
    const { id } = await createContent(recommendationType, {
      actor: editor,
      data: recommendationType.schemas.create.parse(
        formInput({
          body: 'CAT',
          symbol: symbol(n),
          paragraph: '12',
          issuedOn: '2022-05-10',
          originalLocale: 'en',
          position: 'UNKNOWN',
          sourceUrl: 'https://example.org/cat',
          'translations.en.text': `The State party should act on point ${n}.`,
          'translations.es.text': `El Estado parte debe actuar sobre el punto ${n}.`,
          countryIds: country.id,
          mechanismIds: mechanismId,
        }),
      ),
    });
    if (publish) await publishContent(recommendationType, { actor: editor, id, published: true });
    return id;
  };
  const followUp = (recommendationId: string, mechanismId: string, reportedOn: Date) =>
    prisma.recommendationFollowUp.create({
      data: {
        recommendationId,
        mechanismId,
        reportedOn,
        implementation: 'IN_PROGRESS',
        originalLocale: 'es',
        status: 'PUBLISHED',
      },
    });
  // Own mechanism: 1 has no follow-up and 2 an old one (due); 3 a recent one, 4 is a draft.
  await recommend(1, own.id);
  await followUp(await recommend(2, own.id), own.id, daysAgo(400));
  await followUp(await recommend(3, own.id), own.id, daysAgo(10));
  await recommend(4, own.id, false);
  await recommend(5, other.id);
  await followUp(await recommend(6, upToDate.id), upToDate.id, daysAgo(30));

  const focal = async (mechanismId: string, locale: 'pt' | 'en' | null, active = true) => {
    const user = await createTestUser({ role: 'FOCAL_POINT', mechanismId, active });
    if (locale) await rememberUserLocale(user.id, locale);
    return user;
  };
  users.pt = await focal(own.id, 'pt');
  users.es = await focal(own.id, null);
  users.inactive = await focal(own.id, 'en', false);
  users.en = await focal(other.id, 'en');
  users.upToDate = await focal(upToDate.id, 'en');
  users.editor = await createTestUser({ role: 'EDITOR', mechanismId: own.id });
});

afterAll(async () => {
  await stopJobQueue({ graceful: false });
  await database.close();
  await sink.close();
});

describe('follow-up reminders', () => {
  it('mails each active focal point one list of what is due, in their language', async () => {
    expect(await sendFollowUpReminders({ now })).toBe(3);

    const [pt] = await sink.waitForMails(users.pt.email);
    expect(pt!.parsed.subject).toBe('2 recomendações aguardam o seu acompanhamento');
    expect(pt!.parsed.html).toMatch(/<html lang="pt"/);
    const ptText = pt!.parsed.text!;
    expect(ptText).toContain(`${symbol(1)} § 12 – Ainda sem acompanhamento`);
    expect(ptText).toContain(`${symbol(2)} § 12 – Último acompanhamento:`);
    expect(ptText).not.toContain(symbol(3));
    expect(ptText).not.toContain(symbol(4));
    expect(ptText).toContain('https://prevenir.test/pt/admin/my-recommendations\n');
    expect(ptText).toMatch(/https:\/\/prevenir\.test\/pt\/admin\/my-recommendations\/\w+/);
    // No Portuguese text: the original (English) one, marked as such in the HTML.
    expect(ptText).toContain('The State party should act on point 1.');
    expect(pt!.parsed.html).toContain('lang="en"');
    expect(pt!.header('list-unsubscribe')).toBeUndefined();

    // No language known: Spanish, with the Spanish text.
    const [es] = await sink.waitForMails(users.es.email);
    expect(es!.parsed.subject).toBe('2 recomendaciones esperan su seguimiento');
    expect(es!.parsed.text).toContain('El Estado parte debe actuar sobre el punto 2.');
    expect(es!.parsed.text).toContain('https://prevenir.test/es/admin/my-recommendations');

    const [en] = await sink.waitForMails(users.en.email);
    expect(en!.parsed.subject).toBe('1 recommendation awaits your follow-up');
    expect(en!.parsed.text).toContain(symbol(5));
    expect(en!.parsed.text).not.toContain(symbol(1));
  });

  it('mails no one else: not inactive users, other roles, or focal points with nothing due', async () => {
    const sent = (await reminders()).map((row) => row.user?.email).sort();
    expect(sent).toEqual([users.pt.email, users.es.email, users.en.email].sort());
    for (const user of [users.inactive, users.editor, users.upToDate]) {
      expect(sink.mails.filter((mail) => mail.to.includes(user.email))).toEqual([]);
    }
  });

  it('does not mail twice: not on a second run, nor on two runs at once in a later period', async () => {
    expect(await sendFollowUpReminders({ now })).toBe(0);
    expect(await sendFollowUpReminders({ now: new Date(now.getTime() + 30 * DAY_MS) })).toBe(0);
    expect(await reminders()).toHaveLength(3);

    // A period later the same recommendations are still due, and the up-to-date mechanism's
    // follow-up has grown old too: one reminder each, however many instances run the job at once.
    const later = new Date(now.getTime() + 181 * DAY_MS);
    const counts = await Promise.all([
      sendFollowUpReminders({ now: later }),
      sendFollowUpReminders({ now: later }),
    ]);
    expect(counts[0] + counts[1]).toBe(4);
    expect(await reminders()).toHaveLength(7);
    await sink.waitForMails(users.pt.email, 2);
    expect(sink.mails.filter((mail) => mail.to.includes(users.pt.email))).toHaveLength(2);
  });

  it('shows when the last reminder was sent', async () => {
    expect(await findLastReminder(users.pt.id)).toBeInstanceOf(Date);
    expect(await findLastReminder(users.editor.id)).toBeNull();
  });

  it('skips a queued reminder whose account was deactivated before it went out', async () => {
    const { id } = await prisma.mailDelivery.create({
      data: {
        key: `follow-up-reminder:test:${users.inactive.id}`,
        kind: 'FOLLOW_UP_REMINDER',
        userId: users.inactive.id,
        payload: { subject: 'Reminder', text: 'Due.', html: '<p>Due.</p>' },
      },
    });
    expect(await deliverMail({ deliveryId: id, lastAttempt: true })).toBe('skipped');
    expect(sink.mails.filter((mail) => mail.to.includes(users.inactive.email))).toEqual([]);
  });

  it('runs on FOLLOW_UP_REMINDER_CRON in pg-boss, and not at all when it is off', async () => {
    const boss = await getJobQueue();
    expect(await startFollowUpReminderSchedule({ cron: 'off' })).toBe(false);
    expect((await boss.getSchedules()).map((s) => s.name)).not.toContain(FOLLOW_UP_REMINDER_QUEUE);

    expect(
      await startFollowUpReminderSchedule({
        cron: '0 7 * * 1',
        timeZone: 'America/Lima',
        pollingIntervalSeconds: 0.5,
      }),
    ).toBe(true);
    expect(await boss.getSchedules()).toContainEqual(
      expect.objectContaining({
        name: FOLLOW_UP_REMINDER_QUEUE,
        cron: '0 7 * * 1',
        timezone: 'America/Lima',
      }),
    );
    // A focal point new to a mechanism with a recommendation due: the only one not reminded yet.
    const newcomer = await createTestUser({ role: 'FOCAL_POINT', mechanismId: otherMechanismId });
    // The cron's next tick is days away: send the job it would send.
    await boss.send(FOLLOW_UP_REMINDER_QUEUE, {});
    const [mail] = await sink.waitForMails(newcomer.email);
    expect(mail!.parsed.subject).toBe('1 recomendación espera su seguimiento');
    const rows = await reminders();
    expect(rows.filter((row) => row.userId === newcomer.id)).toHaveLength(1);
    // Nobody else: the others were reminded within FOLLOW_UP_REMINDER_DAYS (7 rows, and 1 by hand).
    expect(rows).toHaveLength(9);
  });
});
