// Actors and base rows for the back office's integration tests; every call is unique, so test
// files sharing the database never collide.
import { randomBytes, randomUUID } from 'node:crypto';

import type { Role } from '@/generated/prisma/enums';
import { nestValues } from '@/lib/forms/form-state';
import type { Actor } from '@/server/auth/actor';
import { prisma } from '@/server/db';

export const uniqueTag = () => `bo${randomUUID().slice(0, 8)}`;

/** ISO-like codes; a clash between parallel files is improbable and fails loudly if it happens. */
export const randomLetters = (length: number) =>
  Array.from(randomBytes(length), (byte) => String.fromCharCode(65 + (byte % 26))).join('');

/** A real User row (change requests reference it) as the Actor domain functions take. */
export const createActor = async (
  role: Role,
  mechanismId: string | null = null,
): Promise<Actor> => {
  const user = await prisma.user.create({
    data: {
      email: `${uniqueTag()}@example.org`,
      passwordHash: 'not-a-real-hash',
      role,
      mechanismId,
    },
  });
  return { id: user.id, email: user.email, role: user.role, mechanismId: user.mechanismId };
};

const createCountryRow = (slug: string, name: string) =>
  prisma.country.create({
    data: {
      slug,
      iso2: randomLetters(2),
      iso3: randomLetters(3),
      subregion: 'SOUTH_AMERICA',
      federal: false,
      opcatStatus: 'PARTY',
      translations: { create: [{ locale: 'es', name }] },
    },
  });

/** ISO codes are unique and only 676 two-letter ones exist: retry on the rare clash. */
export const createTestCountry = async (tag = uniqueTag(), name = `País ${tag}`) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await createCountryRow(tag, name);
    } catch (error) {
      if (attempt >= 20) throw error;
    }
  }
};

export const createTestMechanism = async (countryId: string, tag = uniqueTag()) =>
  prisma.mechanism.create({
    data: {
      slug: tag,
      countryId,
      level: 'NATIONAL',
      originalLocale: 'es',
      phone: '+1 000',
      status: 'PUBLISHED',
      translations: { create: [{ locale: 'es', name: `Mecanismo ${tag}` }] },
    },
  });

/** Parses flat form values the way an action does (same schema, same nesting). */
export const formInput = (values: Record<string, string | string[]>) => nestValues(values);

/** Two- and three-letter codes no country uses yet (for tests that create countries by form). */
export const freeIsoCodes = async () => {
  const used = await prisma.country.findMany({ select: { iso2: true, iso3: true } });
  const taken = new Set(used.flatMap((c) => [c.iso2, c.iso3]));
  const pick = (length: number) => {
    for (;;) {
      const code = randomLetters(length);
      if (!taken.has(code)) return code;
    }
  };
  return { iso2: pick(2), iso3: pick(3) };
};
