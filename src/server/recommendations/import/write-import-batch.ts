import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { TCreateRecommendationSchema } from '@/lib/validation/recommendations';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { prisma } from '@/server/db';

import { recommendationEditSelect, recommendationType } from '../recommendation-type';
import { createImportedRecommendations } from './create-imported-recommendations';

type Stored = Prisma.RecommendationGetPayload<{ select: typeof recommendationEditSelect }>;

export type ImportCounts = { created: number; updated: number; unchanged: number };

const sortedIds = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

/** The fields an import sets, in one comparable shape for stored rows and CSV rows alike. */
const comparable = (row: {
  body: string;
  issuedOn: Date;
  uprCycle: number | null;
  recommendingState: string | null;
  originalLocale: string;
  position: string;
  sourceUrl: string;
  translations: { locale: string; text: string | null }[];
  countries: string[];
  mechanisms: string[];
  themes: string[];
}) =>
  JSON.stringify([
    row.body,
    row.issuedOn.toISOString().slice(0, 10),
    row.uprCycle,
    row.recommendingState,
    row.originalLocale,
    row.position,
    row.sourceUrl,
    row.translations.map(({ locale, text }) => `${locale}:${text ?? ''}`).sort(),
    [...row.countries].sort(),
    [...row.mechanisms].sort(),
    [...row.themes].sort(),
  ]);

const fromStored = (row: Stored) =>
  comparable({
    ...row,
    countries: sortedIds(row.countries),
    mechanisms: sortedIds(row.mechanisms),
    themes: sortedIds(row.themes),
  });

const fromCsv = (data: TCreateRecommendationSchema) => {
  const { scalars, translations, relations = {} } = recommendationType.toWriteData(data);
  return comparable({
    ...(scalars as Omit<Parameters<typeof comparable>[0], 'translations' | 'countries'>),
    translations: translations as { locale: string; text: string }[],
    countries: relations.countries ?? [],
    mechanisms: relations.mechanisms ?? [],
    themes: relations.themes ?? [],
  });
};

const asLinks = (ids: string[] = []) => ids.map((id) => ({ id }));

export type WriteImportBatchOptions = {
  actor: Actor;
  rows: TCreateRecommendationSchema[];
  /** New recommendations are published at once (otherwise drafts); existing ones keep theirs. */
  publish: boolean;
};

/**
 * One transaction per batch: a known symbol and paragraph is updated only if something differs
 * (so importing the same file again changes nothing and writes no audit entry); unknown ones are
 * created together. Each change is audited like an editor's save.
 */
export const writeImportBatch = async ({
  actor,
  rows,
  publish,
}: WriteImportBatchOptions): Promise<ImportCounts> =>
  prisma.$transaction(
    async (tx) => {
      const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
      const existing = await tx.recommendation.findMany({
        where: { OR: rows.map(({ symbol, paragraph }) => ({ symbol, paragraph })) },
        select: recommendationEditSelect,
      });
      const byKey = new Map(existing.map((row) => [`${row.symbol}\u0000${row.paragraph}`, row]));
      const toCreate: TCreateRecommendationSchema[] = [];
      for (const data of rows) {
        const before = byKey.get(`${data.symbol}\u0000${data.paragraph}`);
        if (!before) {
          toCreate.push(data);
          continue;
        }
        if (fromStored(before) === fromCsv(data)) {
          counts.unchanged += 1;
          continue;
        }
        const { scalars, translations, relations = {} } = recommendationType.toWriteData(data);
        const after = await tx.recommendation.update({
          where: { id: before.id },
          data: {
            ...scalars,
            version: { increment: 1 },
            translations: {
              deleteMany: {},
              create: translations as { locale: 'es'; text: string }[],
            },
            countries: { set: asLinks(relations.countries) },
            mechanisms: { set: asLinks(relations.mechanisms) },
            themes: { set: asLinks(relations.themes) },
          },
          select: recommendationEditSelect,
        });
        await recordAudit({
          actor,
          action: 'recommendation.update',
          entityType: 'recommendation',
          entityId: before.id,
          before,
          after,
          db: tx,
        });
        counts.updated += 1;
      }
      await createImportedRecommendations({ tx, actor, rows: toCreate, publish });
      counts.created = toCreate.length;
      return counts;
    },
    { timeout: 120_000 },
  );
