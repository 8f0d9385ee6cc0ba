import { describe, expect, it } from 'vitest';

import { pickOfficialName } from './pick-official-name';

const names = [
  { locale: 'pt' as const, name: 'Mecanismo Estadual de Prevenção e Combate à Tortura' },
  { locale: 'en' as const, name: 'State Mechanism to Prevent and Combat Torture' },
  { locale: 'es' as const, name: null },
];

describe('pickOfficialName', () => {
  it('keeps the name in the mechanism’s own language, the visitor’s as a translation', () => {
    expect(pickOfficialName(names, 'pt', 'en')).toEqual({
      name: 'Mecanismo Estadual de Prevenção e Combate à Tortura',
      locale: 'pt',
      translation: 'State Mechanism to Prevent and Combat Torture',
    });
    // No Spanish translation: the official name alone, never an empty one.
    expect(pickOfficialName(names, 'pt', 'es')).toMatchObject({ locale: 'pt', translation: null });
    expect(pickOfficialName(names, 'pt', 'pt')).toMatchObject({ locale: 'pt', translation: null });
  });

  it('falls back to another name when none is in its own language, and never makes one up', () => {
    expect(pickOfficialName(names, 'es', 'en')).toMatchObject({ locale: 'en', translation: null });
    expect(pickOfficialName([{ locale: 'es', name: null }], 'es', 'en')).toBeNull();
    expect(pickOfficialName([], 'pt', 'pt')).toBeNull();
  });
});
