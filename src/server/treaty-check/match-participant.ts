import type { UntcParticipant } from './untc-page';

/** Lower case, no accents or punctuation: "Türkiye" and "Turkiye" are one name. */
const normalize = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** "Bolivia (Plurinational State of)" is also "Bolivia". */
const variants = (name: string) => [normalize(name), normalize(name.replace(/\(.*?\)/g, ''))];

/** Whether a name UNTC writes is one of a State's names. */
export const isNamed = (name: string, names: string[]) => {
  const wanted = new Set(names.flatMap(variants));
  return variants(name).some((v) => wanted.has(v));
};

/** The participant row of a State known by these names, if the table has one. */
export const matchParticipant = (participants: UntcParticipant[], names: string[]) =>
  participants.find((p) => isNamed(p.name, names));
