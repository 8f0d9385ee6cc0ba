// The treaty check against a real PostgreSQL of its own, seeded from prisma/data: which proposals
// it files, with which source, that a second run files nothing and that it never publishes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '@/generated/prisma/client';

import { seedDatabase } from '../../../prisma/seed/seed-database';
import {
  catPage,
  changedDate,
  laterStamp,
  opcatPage,
  withoutTable,
} from '../../../tests/fixtures/untc/untc-fixtures';
import { ownDatabase } from '../../../tests/support/own-database';

const database = ownDatabase('treaty_check');
let prisma: PrismaClient;
let runTreatyCheck: typeof import('./run-treaty-check').runTreatyCheck;
let decideDataProposal: typeof import('@/server/data-review/decide-data-proposal').decideDataProposal;
let runDataUpdate: typeof import('@/server/data-update/run-data-update').runDataUpdate;
let createActor: typeof import('../../../tests/support/backoffice-fixtures').createActor;

const pages =
  (...html: string[]) =>
  async () =>
    html.map((page, i) => ({ from: `page-${i}.html`, html: page }));

const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

beforeAll(async () => {
  prisma = await database.open();
  await seedDatabase(prisma, () => {});
  ({ runTreatyCheck } = await import('./run-treaty-check'));
  ({ decideDataProposal } = await import('@/server/data-review/decide-data-proposal'));
  ({ runDataUpdate } = await import('@/server/data-update/run-data-update'));
  ({ createActor } = await import('../../../tests/support/backoffice-fixtures'));
}, 180_000);

afterAll(() => database.close());

describe('runTreatyCheck', () => {
  it('files Haiti’s CAT signature from the saved pages, citing UNTC as at 3 Feb 2026, once', async () => {
    const first = await runTreatyCheck({ trigger: 'COMMAND', load: pages(catPage(), opcatPage()) });
    expect(first.error).toBeNull();
    expect(first.pages.map((p) => [p.treaty, p.statusAsAt])).toEqual([
      ['CAT', '2026-02-03'],
      ['OPCAT', '2026-02-03'],
    ]);
    expect(first.differences.map((d) => [d.iso2, d.field, d.current, d.proposed])).toEqual([
      ['HT', 'catStatus', null, 'SIGNATORY'],
    ]);
    expect(first.filed).toBe(1);
    const proposal = await prisma.dataProposal.findFirstOrThrow({
      where: { entityKey: 'HT', field: 'catStatus' },
      include: { source: true },
    });
    expect(proposal).toMatchObject({
      status: 'PENDING',
      currentValue: null,
      proposedValue: 'SIGNATORY',
    });
    // The seeded record of the same page and day, not a copy.
    expect(proposal.source).toMatchObject({
      key: 'untc-cat',
      publisher: 'United Nations Treaty Collection',
    });
    // Nothing published: Haiti's CAT status is still unrecorded.
    expect(
      (await prisma.country.findUniqueOrThrow({ where: { iso2: 'HT' } })).catStatus,
    ).toBeNull();

    const second = await runTreatyCheck({
      trigger: 'COMMAND',
      load: pages(catPage(), opcatPage()),
    });
    expect(second).toMatchObject({ error: null, filed: 0 });
    expect(second.differences).toHaveLength(1);
    expect(await prisma.dataProposal.count({ where: { sourceId: { not: null } } })).toBe(1);
    const runs = await prisma.treatyCheckRun.findMany({ orderBy: { startedAt: 'asc' } });
    expect(runs.map((r) => [r.trigger, r.differences, r.filed, r.error])).toEqual([
      ['COMMAND', 1, 1, null],
      ['COMMAND', 1, 0, null],
    ]);
  });

  it('files a changed date under a later stamp as a new UNTC source; accepting it cites that source', async () => {
    const result = await runTreatyCheck({
      trigger: 'SCHEDULE',
      load: pages(laterStamp(changedDate())),
    });
    expect(result.differences.map((d) => [d.iso2, d.field, d.current, d.proposed])).toEqual([
      ['AR', 'opcatRatifiedOn', '2004-11-15', '2004-11-16'],
    ]);
    const proposal = await prisma.dataProposal.findFirstOrThrow({
      where: { entityKey: 'AR', field: 'opcatRatifiedOn' },
      include: { source: true },
    });
    expect(proposal.source?.title).toBe(
      'Status of treaties, chapter IV-9-b: Optional Protocol to the Convention against Torture (status as at 1 Mar 2026)',
    );
    expect(day(proposal.source?.accessedOn)).toBe('2026-03-01');

    const editor = await createActor('EDITOR');
    await decideDataProposal({ actor: editor, id: proposal.id, decision: 'accept' });
    const argentina = await prisma.country.findUniqueOrThrow({ where: { iso2: 'AR' } });
    expect(day(argentina.opcatRatifiedOn)).toBe('2004-11-16');
    const citation = await prisma.factCitation.findUniqueOrThrow({
      where: {
        entityType_entityId_fact: {
          entityType: 'country',
          entityId: argentina.id,
          fact: 'opcatRatified',
        },
      },
      include: { sources: true },
    });
    expect(citation.sources.map((s) => s.id)).toContain(proposal.sourceId);
    expect(day(citation.verifiedOn)).toBe('2026-03-01');

    // The data update keeps the accepted value as the editors' own rather than writing the file's back.
    await runDataUpdate(prisma, { log: () => {} });
    const after = await prisma.country.findUniqueOrThrow({ where: { iso2: 'AR' } });
    expect(day(after.opcatRatifiedOn)).toBe('2004-11-16');
  });

  it('files nothing from a page without the participants table, and records why', async () => {
    const before = await prisma.dataProposal.count();
    const result = await runTreatyCheck({ trigger: 'EDITOR', load: pages(withoutTable()) });
    expect(result.error).toBe('page-0.html: No participants table on the OPCAT status page');
    expect(await prisma.dataProposal.count()).toBe(before);
    const run = await prisma.treatyCheckRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run).toMatchObject({ trigger: 'EDITOR', filed: 0, error: result.error });
  });
});
