// The whole subscription path against a real PostgreSQL (a database of this file's own), a real
// SMTP server and the mail worker running in this process: subscribe → confirm → publish →
// immediate mail → weekly digest → unsubscribe, for a Spanish and an English subscriber.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ownDatabase } from '../../../tests/support/own-database';
import { startSmtpSink, type SunkMail } from '../../../tests/support/smtp-sink';

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
process.env.SITE_URL = 'https://prevenir.test';
process.env.MAIL_FROM = 'Prevenir <no-reply@prevenir.test>';
const database = ownDatabase('subs_flow');
const prisma = await database.open();

const { startMailWorker } = await import('./start-mail-worker');
const { stopJobQueue } = await import('@/server/queue/stop-job-queue');
const { subscribe } = await import('./subscribe');
const { confirmSubscription } = await import('./confirm-subscription');
const { scanPublications } = await import('./scan-publications');
const { sendWeeklyDigests } = await import('./send-weekly-digests');
const { publishContent } = await import('@/server/content/lifecycle');
const { documentType } = await import('@/server/documents/document-type');
const { eventType } = await import('@/server/events/event-type');
const { newsType } = await import('@/server/news/news-type');
const { POST: oneClick } = await import('@/app/api/subscriptions/unsubscribe/route');
const { createTestUser } = await import('../../../tests/support/auth-fixtures');

const ana = 'ana.flow@prevenir.test';
const bob = 'bob.flow@prevenir.test';
const ip = '203.0.113.7';

let actor: { id: string; email: string; role: 'EDITOR'; mechanismId: null };
let peru: { id: string };
let chile: { id: string };
let theme: { id: string };

const publish = async (
  type: typeof documentType | typeof eventType | typeof newsType,
  id: string,
  on = true,
) => publishContent(type, { actor, id, published: on });

const draftDocument = (slug: string, relations: { countryId?: string; themeId?: string }) =>
  prisma.document.create({
    data: {
      slug,
      type: 'REPORT',
      originalLocale: 'es',
      translations: {
        create: [
          { locale: 'es', title: `Informe ${slug}`, summary: `Resumen <b>${slug}</b> & más` },
          { locale: 'en', title: `Report ${slug}`, summary: `Summary ${slug}` },
        ],
      },
      countries: relations.countryId ? { connect: { id: relations.countryId } } : undefined,
      themes: relations.themeId ? { connect: { id: relations.themeId } } : undefined,
    },
  });

/** The one link of a given path in a mail's plain text. */
const linkIn = (mail: SunkMail, path: string) => {
  const match = new RegExp(`https://prevenir\\.test/\\w\\w/${path}\\?token=[\\w.-]+`).exec(
    mail.parsed.text ?? '',
  );
  if (!match) throw new Error(`No ${path} link in:\n${mail.parsed.text}`);
  return new URL(match[0]);
};

const country = (slug: string, iso2: string, iso3: string) =>
  prisma.country.create({
    data: {
      slug,
      iso2,
      iso3,
      subregion: 'SOUTH_AMERICA',
      federal: false,
      opcatStatus: 'PARTY',
      translations: { create: [{ locale: 'es', name: slug }] },
    },
  });

beforeAll(async () => {
  await startMailWorker({ schedule: false, pollingIntervalSeconds: 0.5 });
  const user = await createTestUser({ role: 'EDITOR' });
  actor = { id: user.id, email: user.email, role: 'EDITOR', mechanismId: null };
  peru = await country('peru-flow', 'PE', 'PER');
  chile = await country('chile-flow', 'CL', 'CHL');
  theme = await prisma.theme.create({
    data: { slug: 'women-flow', translations: { create: [{ locale: 'en', label: 'Women' }] } },
  });
});

afterAll(async () => {
  await stopJobQueue({ graceful: false });
  await database.close();
  await sink.close();
});

describe('subscriptions, end to end', () => {
  let anaManage: string;
  let bobManage: string;

  it('mails a confirmation link in each subscriber’s language, and nothing else yet', async () => {
    expect(
      await subscribe({
        data: {
          email: ana,
          locale: 'es',
          frequency: 'IMMEDIATE',
          contentTypes: ['document', 'event', 'news'],
          countryIds: [peru.id, 'no-such-country'],
          mechanismIds: [],
          themeIds: [],
        },
        ipAddress: ip,
      }),
    ).toEqual({ ok: true });
    expect(
      await subscribe({
        data: {
          email: bob,
          locale: 'en',
          frequency: 'WEEKLY',
          contentTypes: ['document'],
          countryIds: [],
          mechanismIds: [],
          themeIds: [theme.id],
        },
        ipAddress: ip,
      }),
    ).toEqual({ ok: true });

    const [toAna] = await sink.waitForMails(ana);
    const [toBob] = await sink.waitForMails(bob);
    expect(toAna!.parsed.subject).toBe('Confirme su suscripción a Prevenir');
    expect(toBob!.parsed.subject).toBe('Confirm your subscription to Prevenir');
    // Unknown ids are dropped, not stored.
    expect(
      (await prisma.subscriber.findUniqueOrThrow({ where: { email: ana } })).countryIds,
    ).toEqual([peru.id]);
    for (const mail of [toAna!, toBob!]) {
      expect(mail.parsed.text).toBeTruthy();
      expect(mail.parsed.html).toMatch(/<html lang="(es|en)"/);
      expect(mail.header('list-unsubscribe')).toMatch(
        /^<https:\/\/prevenir\.test\/api\/subscriptions\/unsubscribe\?token=[\w.-]+&lang=(es|en)>$/,
      );
      expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(mail.parsed.text).toContain('/subscribe/manage?token=');
    }
    expect(toAna!.parsed.html).toContain('Confirmar mi suscripción');
    expect(toBob!.parsed.html).toContain('Confirm my subscription');

    anaManage = (
      await confirmSubscription({
        token: linkIn(toAna!, 'subscribe/confirm').searchParams.get('token')!,
      })
    ).manageToken;
    bobManage = (
      await confirmSubscription({
        token: linkIn(toBob!, 'subscribe/confirm').searchParams.get('token')!,
      })
    ).manageToken;
    expect(anaManage).toBeTruthy();
    expect(bobManage).toBeTruthy();
  });

  it('answers a second subscription of a confirmed address the same, and changes nothing', async () => {
    const before = await prisma.subscriber.findUniqueOrThrow({ where: { email: ana } });
    expect(
      await subscribe({
        data: {
          email: ana,
          locale: 'en',
          frequency: 'WEEKLY',
          contentTypes: ['event'],
          countryIds: [],
          mechanismIds: [],
          themeIds: [],
        },
        ipAddress: ip,
      }),
    ).toEqual({ ok: true });
    const [, second] = await sink.waitForMails(ana, 2);
    expect(second!.parsed.subject).toBe('Su suscripción a Prevenir');
    expect(second!.parsed.text).toContain('/es/subscribe/manage?token=');
    const after = await prisma.subscriber.findUniqueOrThrow({ where: { email: ana } });
    expect(after).toEqual(before);
  });

  it('mails each immediate follower once per published item, in their language', async () => {
    const report = await draftDocument('flow-peru-report', { countryId: peru.id });
    const other = await draftDocument('flow-chile-report', { countryId: chile.id });
    const event = await prisma.event.create({
      data: {
        slug: 'flow-peru-event',
        kind: 'WORKSHOP',
        originalLocale: 'en',
        startsOn: new Date('2030-03-01T00:00:00Z'),
        countryId: peru.id,
        translations: { create: [{ locale: 'en', title: 'Visiting police stations' }] },
      },
    });
    const news = await prisma.news.create({
      data: {
        slug: 'flow-peru-news',
        originalLocale: 'es',
        publishedOn: new Date('2030-03-02T00:00:00Z'),
        translations: { create: [{ locale: 'es', title: 'Noticia de prueba sobre Perú' }] },
        countries: { connect: { id: peru.id } },
      },
    });
    await publish(documentType, report.id);
    await publish(documentType, other.id);
    await publish(eventType, event.id);
    await publish(newsType, news.id);

    expect(await scanPublications()).toBe(3);
    const mails = await sink.waitForMails(ana, 5);
    const bySubject = Object.fromEntries(mails.slice(2).map((m) => [m.parsed.subject ?? '', m]));
    const reportMail = bySubject['Nuevo en Prevenir: Informe flow-peru-report']!;
    expect(reportMail.parsed.text).toContain('https://prevenir.test/es/documents/flow-peru-report');
    // The summary is text: escaped in the HTML part, never markup.
    expect(reportMail.parsed.html).toContain(
      'Resumen &lt;b&gt;flow-peru-report&lt;/b&gt; &amp; más',
    );
    const eventMail = bySubject['Nuevo en Prevenir: Visiting police stations']!;
    expect(eventMail.parsed.text).toContain('Disponible solo en inglés');
    expect(eventMail.parsed.html).toMatch(/<h1 lang="en"[^>]*>Visiting police stations<\/h1>/);
    const newsMail = bySubject['Nuevo en Prevenir: Noticia de prueba sobre Perú']!;
    expect(newsMail.parsed.text).toContain('Se acaba de publicar una noticia en Prevenir.');
    expect(newsMail.parsed.text).toContain('https://prevenir.test/es/news/flow-peru-news');
    // Bob takes the weekly digest: nothing yet.
    expect(sink.mailsTo(bob)).toHaveLength(1);

    // Scanning again, or publishing again after an unpublish, mails nobody twice.
    expect(await scanPublications()).toBe(0);
    await publish(documentType, report.id, false);
    await publish(documentType, report.id);
    expect(await scanPublications()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sink.mailsTo(ana)).toHaveLength(5);
  });

  it('sends a weekly follower one digest of what they follow, once', async () => {
    const women = await draftDocument('flow-women-report', { themeId: theme.id });
    await publish(documentType, women.id);
    await scanPublications();
    expect(await sendWeeklyDigests({ runId: 'run-1' })).toBe(1);
    const [, digest] = await sink.waitForMails(bob, 2);
    expect(digest!.parsed.subject).toBe('1 new item on Prevenir this week');
    expect(digest!.parsed.text).toContain('Report flow-women-report');
    expect(digest!.parsed.text).toContain('https://prevenir.test/en/documents/flow-women-report');
    // Bob follows documents about the theme only: not Peru's report or event.
    expect(digest!.parsed.text).not.toContain('flow-peru');
    expect(digest!.parsed.html).toMatch(/<html lang="en"/);

    // The same run retried, or the next run, has nothing new for him.
    expect(await sendWeeklyDigests({ runId: 'run-1' })).toBe(0);
    expect(await sendWeeklyDigests({ runId: 'run-2' })).toBe(0);
  });

  it('unsubscribes in one click from the List-Unsubscribe address, and mails no more', async () => {
    const [first] = sink.mailsTo(ana);
    const address = first!.header('list-unsubscribe')!.slice(1, -1);
    const response = await oneClick(
      new Request(address, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect(response.status).toBe(200);
    expect(await prisma.subscriber.findUnique({ where: { email: ana } })).toBeNull();
    // Clicked again: the same answer, nothing left to delete.
    expect((await oneClick(new Request(address, { method: 'POST' }))).status).toBe(200);
    // A forged link is refused.
    expect(
      (
        await oneClick(
          new Request(address.replace(/token=[\w-]{5}/, 'token=AAAAA'), { method: 'POST' }),
        )
      ).status,
    ).toBe(400);

    const late = await draftDocument('flow-peru-late', { countryId: peru.id });
    await publish(documentType, late.id);
    expect(await scanPublications()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sink.mailsTo(ana)).toHaveLength(5);
    // Past deliveries stay as anonymous counts only.
    expect(await prisma.mailDelivery.count({ where: { subscriberId: null, status: 'SENT' } })).toBe(
      5,
    );
  });
});
