import type { Db } from './entity-adapter';
import { recordSystemAudit } from './record-system-audit';

/** Done once per database: every later public note is editorial text written for the public. */
export const MOVE_NOTES_STEP = 'research-notes-to-staff-notes';

type Noted = {
  id: string;
  staffNotes: string | null;
  translations: { locale: string; notes: string | null }[];
};

const joinNotes = (row: Noted) => {
  const noted = row.translations.filter((t) => t.notes);
  const moved = noted.map((t) => (noted.length > 1 ? `[${t.locale}] ${t.notes}` : t.notes));
  return [row.staffNotes, ...moved].filter((note) => !!note).join('\n\n');
};

/**
 * The first seed put its research notes ("per brief", "not checked") in the translated notes that
 * pages show. Once per database, they move to staff notes, which only the back office shows.
 * Returns how many rows changed.
 */
export const moveNotesToStaff = async (db: Db, { audit }: { audit: boolean }) => {
  if (await db.dataUpdateStep.findUnique({ where: { name: MOVE_NOTES_STEP } })) return 0;
  const select = {
    id: true,
    staffNotes: true,
    translations: { where: { notes: { not: null } }, select: { locale: true, notes: true } },
  } as const;
  const countries = await db.country.findMany({
    where: { translations: { some: { notes: { not: null } } } },
    select,
  });
  const mechanisms = await db.mechanism.findMany({
    where: { translations: { some: { notes: { not: null } } } },
    select,
  });
  for (const [entityType, rows] of [
    ['country', countries],
    ['mechanism', mechanisms],
  ] as const) {
    for (const row of rows) {
      const staffNotes = joinNotes(row);
      if (entityType === 'country') {
        await db.country.update({
          where: { id: row.id },
          data: { staffNotes, version: { increment: 1 } },
        });
        await db.countryTranslation.updateMany({
          where: { countryId: row.id },
          data: { notes: null },
        });
      } else {
        await db.mechanism.update({
          where: { id: row.id },
          data: { staffNotes, version: { increment: 1 } },
        });
        await db.mechanismTranslation.updateMany({
          where: { mechanismId: row.id },
          data: { notes: null },
        });
      }
      if (!audit) continue;
      const notes = Object.fromEntries(row.translations.map((t) => [`notes.${t.locale}`, t.notes]));
      await recordSystemAudit(db, {
        action: 'data.update',
        entityType,
        entityId: row.id,
        before: { ...notes, staffNotes: row.staffNotes },
        after: { ...Object.fromEntries(Object.keys(notes).map((k) => [k, null])), staffNotes },
      });
    }
  }
  await db.dataUpdateStep.create({ data: { name: MOVE_NOTES_STEP } });
  return countries.length + mechanisms.length;
};
