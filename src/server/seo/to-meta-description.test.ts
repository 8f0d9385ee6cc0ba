import { describe, expect, it } from 'vitest';

import { toMetaDescription } from './to-meta-description';

describe('toMetaDescription', () => {
  it('puts a text on one line', () => {
    expect(toMetaDescription('  Informe anual\n\n del  MNP. ')).toBe('Informe anual del MNP.');
  });

  it('is empty for no text', () => {
    expect(toMetaDescription(null)).toBe('');
    expect(toMetaDescription(' \n ')).toBe('');
  });

  it('cuts a long text at a word, within 200 characters', () => {
    const text = `${'palabra '.repeat(30)}final.`;
    const description = toMetaDescription(text);
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description).toMatch(/ palabra…$/);
  });

  it('cuts a text without spaces where it must', () => {
    const description = toMetaDescription('x'.repeat(300));
    expect(description).toBe(`${'x'.repeat(199)}…`);
  });
});
