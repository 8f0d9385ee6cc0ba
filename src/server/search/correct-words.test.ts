import { describe, expect, it } from 'vitest';

import { correctWords } from './correct-words';

const NAMES = ['Defensoría', 'del', 'Pueblo', 'Ombudsperson', 'Office', 'Uruguay', 'Comité'];

describe('correctWords', () => {
  it('replaces misspelt words and keeps the rest as typed', () => {
    expect(correctWords('Defensoira del Puebol', NAMES)).toBe('Defensoría del Pueblo');
    expect(correctWords("Ombudsperson's Ofice, Uruguay", NAMES)).toBe(
      "Ombudsperson's Office, Uruguay",
    );
  });

  it('leaves words that only lack accents or capitals alone', () => {
    expect(correctWords('defensoria del pueblo comite', NAMES)).toBeNull();
  });

  it('does not correct short words or words too far from any name', () => {
    expect(correctWords('dl', NAMES)).toBeNull();
    expect(correctWords('cárceles', NAMES)).toBeNull();
  });
});
