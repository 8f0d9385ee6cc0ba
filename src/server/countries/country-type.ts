import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { ZCreateCountrySchema, ZUpdateCountrySchema } from '@/lib/validation/countries';
import { type ContentForEdit, defineContentType } from '@/server/content/content-type';
import { toTranslationRows } from '@/server/content/translation-rows';
import { AppError } from '@/server/errors';

/** Country profiles: treaty status and dates. ISO codes are unique. */
export const countryType = defineContentType({
  model: 'country',
  list: '/admin/countries',
  permissions: {
    edit: 'countries.edit',
    publish: 'content.publish',
    delete: { guard: 'content.delete', alsoRequires: ['countries.edit'] },
  },
  afterSave: 'item',
  versioned: true,
  schemas: { create: ZCreateCountrySchema, update: ZUpdateCountrySchema },
  labelField: 'name',
  editSelect: {
    id: true,
    slug: true,
    iso2: true,
    iso3: true,
    subregion: true,
    federal: true,
    catStatus: true,
    catRatifiedOn: true,
    catBy: true,
    opcatStatus: true,
    opcatSignedOn: true,
    opcatRatifiedOn: true,
    opcatBy: true,
    npmPostponedTo: true,
    sources: true,
    staffNotes: true,
    status: true,
    version: true,
    updatedAt: true,
    translations: { select: { locale: true, name: true, notes: true } },
  } satisfies Prisma.CountrySelect,
  adminList: {
    orderBy: { slug: 'asc' },
    select: { opcatStatus: true },
    toColumns: (row: Prisma.CountryGetPayload<{ select: { opcatStatus: true } }>) => ({
      opcatStatus: row.opcatStatus,
    }),
  },
  toWriteData: ({ slug: _slug, translations, ...fields }) => {
    const { version: _version, ...scalars } = fields as typeof fields & { version?: number };
    return {
      scalars,
      translations: toTranslationRows(translations, 'name'),
    };
  },
  slugSource: (data) => data.translations.es.name ?? data.iso3,
  assertWritable: async (db, data, id) => {
    const clash = await db.country.findFirst({
      where: { ...(id && { id: { not: id } }), OR: [{ iso2: data.iso2 }, { iso3: data.iso3 }] },
      select: { id: true },
    });
    if (clash) throw new AppError('CONFLICT', 'isoTaken');
  },
  // Deleting would cascade to the country's mechanisms: they must go first.
  assertDeletable: async (db, id) => {
    if ((await db.mechanism.count({ where: { countryId: id } })) > 0) {
      throw new AppError('CONFLICT', 'countryHasMechanisms');
    }
  },
});

export type CountryForEdit = ContentForEdit<typeof countryType>;
