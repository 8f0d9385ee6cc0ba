import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { TCreateRecommendationSchema } from '@/lib/validation/recommendations';
import type { Actor } from '@/server/auth/actor';
import { slugify } from '@/server/content/lifecycle';

import { recommendationType } from '../recommendation-type';

export type CreateImportedRecommendationsOptions = {
  tx: Prisma.TransactionClient;
  actor: Actor;
  rows: TCreateRecommendationSchema[];
  publish: boolean;
};

/** Slugs read like the citation; a taken one (in the database or this batch) gets `-2`, `-3`… */
const freeSlugs = async (tx: Prisma.TransactionClient, bases: string[]) => {
  const taken = new Set(
    (
      await tx.recommendation.findMany({
        where: { OR: [...new Set(bases)].map((base) => ({ slug: { startsWith: base } })) },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
};

// The implicit many-to-many tables Prisma made for Recommendation (A and B in name order).
const LINKS = [
  { table: 'CountryToRecommendation', relation: 'countries', recommendationColumn: 'B' },
  { table: 'MechanismToRecommendation', relation: 'mechanisms', recommendationColumn: 'B' },
  { table: 'RecommendationToTheme', relation: 'themes', recommendationColumn: 'A' },
] as const;

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * New recommendations of one import batch written in a few statements (rows, texts, links, audit
 * entries) rather than one nested create each: the first import of a large file is dominated by
 * these. Audited like an editor's create, one entry per recommendation.
 */
export const createImportedRecommendations = async ({
  tx,
  actor,
  rows,
  publish,
}: CreateImportedRecommendationsOptions) => {
  if (rows.length === 0) return;
  const writes = rows.map((data) => recommendationType.toWriteData(data));
  const slugs = await freeSlugs(
    tx,
    rows.map((data) => slugify(`${data.symbol} ${data.paragraph}`)),
  );
  const created = await tx.recommendation.createManyAndReturn({
    data: writes.map(({ scalars }, i) => ({
      ...(scalars as Omit<Prisma.RecommendationCreateManyInput, 'slug'>),
      slug: slugs[i]!,
      status: publish ? 'PUBLISHED' : 'DRAFT',
    })),
    select: { id: true },
  });
  await tx.recommendationTranslation.createMany({
    data: writes.flatMap(({ translations }, i) =>
      (translations as { locale: 'es' | 'pt' | 'en'; text: string }[]).map((row) => ({
        ...row,
        recommendationId: created[i]!.id,
      })),
    ),
  });
  for (const { table, relation, recommendationColumn } of LINKS) {
    const pairs = writes.flatMap(({ relations = {} }, i) =>
      (relations[relation] ?? []).map((id) => [created[i]!.id, id] as const),
    );
    if (pairs.length === 0) continue;
    const own = recommendationColumn === 'A' ? 'A' : 'B';
    const other = own === 'A' ? 'B' : 'A';
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"_${table}"`)} (${Prisma.raw(`"${own}", "${other}"`)})
      SELECT * FROM unnest(${pairs.map(([r]) => r)}::text[], ${pairs.map(([, o]) => o)}::text[])`;
  }
  await tx.auditLog.createMany({
    data: writes.map(({ scalars, translations, relations }, i) => ({
      actorId: actor.id,
      actorEmail: actor.email ?? null,
      action: 'recommendation.create',
      entityType: 'recommendation',
      entityId: created[i]!.id,
      after: json({ ...scalars, slug: slugs[i], translations, ...relations }),
    })),
  });
};
