import { describe, expect, it } from 'vitest';

import { approveChange } from '@/server/changes/approve-change';
import { proposeChange } from '@/server/changes/propose-change';
import { createContent, publishContent } from '@/server/content/lifecycle';
import { prisma } from '@/server/db';

import {
  createActor,
  createTestCountry,
  createTestMechanism,
  formInput,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { findMechanismRecommendations } from './find-mechanism-recommendations';
import { findRecommendations } from './find-recommendations';
import { getRecommendation } from './get-recommendation';
import { recommendationType } from './recommendation-type';

const recommendationInput = (symbol: string, extra: Record<string, string | string[]> = {}) =>
  recommendationType.schemas.create.parse(
    formInput({
      body: 'CAT',
      symbol,
      paragraph: '12',
      issuedOn: '2024-05-10',
      originalLocale: 'en',
      position: 'UNKNOWN',
      sourceUrl: 'https://example.org/cat',
      'translations.en.text': 'The State party should guarantee the independence of the NPM.',
      ...extra,
    }),
  );

const setup = async () => {
  const country = await createTestCountry();
  const own = await createTestMechanism(country.id);
  const other = await createTestMechanism(country.id);
  const editor = await createActor('EDITOR');
  const focal = await createActor('FOCAL_POINT', own.id);
  const symbol = `CAT/C/${uniqueTag()}/CO/1`;
  const created = await createContent(recommendationType, {
    actor: editor,
    data: recommendationInput(symbol, { countryIds: country.id, mechanismIds: own.id }),
  });
  await publishContent(recommendationType, { actor: editor, id: created.id, published: true });
  return { country, own, other, editor, focal, symbol, recommendation: created };
};

const followUpValues = (recommendationId: string) =>
  formInput({
    recommendationId,
    reportedOn: '2025-03-01',
    implementation: 'PARTIALLY_IMPLEMENTED',
    originalLocale: 'es',
    evidenceUrl: 'https://example.org/informe',
    'translations.es.text': 'El MNP presentó un proyecto de ley sobre su autonomía.',
    'translations.en.text': 'The NPM submitted a bill on its autonomy.',
  });

describe('recommendations', () => {
  it('are unique by document symbol and paragraph', async () => {
    const { editor, symbol } = await setup();
    await expect(
      createContent(recommendationType, { actor: editor, data: recommendationInput(symbol) }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'duplicateParagraph' });
  });

  it('appear on their country with counts per body, status and year, filtered', async () => {
    const { country, symbol } = await setup();
    const all = await findRecommendations({ locale: 'es', query: { country: country.slug } });
    expect(all.items.map((item) => item.symbol)).toEqual([symbol]);
    expect(all.facets.bodies).toEqual([{ value: 'CAT', count: 1 }]);
    expect(all.facets.statuses).toEqual([{ value: 'NONE', count: 1 }]);
    expect(all.facets.years).toEqual([{ value: 2024, count: 1 }]);
    const none = await findRecommendations({
      locale: 'es',
      query: { country: country.slug, body: 'UPR' },
    });
    expect(none.items).toEqual([]);
    expect(none.total).toBe(1);
  });

  it('get a follow-up a focal point proposes and an editor approves, audited, with history', async () => {
    const { own, editor, focal, recommendation } = await setup();
    const change = await proposeChange({
      actor: focal,
      entityType: 'followUp',
      mechanismId: own.id,
      values: followUpValues(recommendation.id),
    });
    const before = await getRecommendation({ slug: recommendation.slug, locale: 'en' });
    expect(before?.followUps).toEqual([]);

    const { entityId } = await approveChange({ actor: editor, id: change.id });
    const page = await getRecommendation({ slug: recommendation.slug, locale: 'en' });
    expect(page?.followUps).toHaveLength(1);
    expect(page?.followUps[0]).toMatchObject({
      implementation: 'PARTIALLY_IMPLEMENTED',
      evidenceUrl: 'https://example.org/informe',
      text: { text: 'The NPM submitted a bill on its autonomy.', isFallback: false },
      mechanism: { slug: own.slug },
    });
    const audit = await prisma.auditLog.findFirst({
      where: { action: 'recommendationFollowUp.create', entityId },
    });
    expect(audit?.actorId).toBe(editor.id);

    const list = await findMechanismRecommendations({
      mechanismId: own.id,
      locale: 'es',
      now: new Date('2025-04-01T00:00:00Z'),
    });
    expect(list[0]).toMatchObject({ id: recommendation.id, stale: false });
    expect(list[0]?.latest?.implementation).toBe('PARTIALLY_IMPLEMENTED');
    const later = await findMechanismRecommendations({
      mechanismId: own.id,
      locale: 'es',
      now: new Date('2030-01-01T00:00:00Z'),
    });
    expect(later[0]?.stale).toBe(true);
  });

  it('refuse a follow-up from a mechanism the recommendation does not concern', async () => {
    const { country, recommendation } = await setup();
    const stranger = await createTestMechanism(country.id);
    const focal = await createActor('FOCAL_POINT', stranger.id);
    await expect(
      proposeChange({
        actor: focal,
        entityType: 'followUp',
        mechanismId: stranger.id,
        values: followUpValues(recommendation.id),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const pending = await findMechanismRecommendations({ mechanismId: stranger.id, locale: 'es' });
    expect(pending).toEqual([]);
  });
});
