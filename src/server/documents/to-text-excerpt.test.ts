import { describe, expect, it } from 'vitest';

import { toTextExcerpt } from './to-text-excerpt';

describe('toTextExcerpt', () => {
  it('collapses whitespace and keeps short texts whole', () => {
    expect(toTextExcerpt('  Informe\n\n anual\t2024 \f ')).toBe('Informe anual 2024');
    expect(toTextExcerpt(' \n\t ')).toBeNull();
  });

  it('cuts long texts at a word boundary with an ellipsis', () => {
    const excerpt = toTextExcerpt('palabra '.repeat(400), 1500)!;
    expect(excerpt.length).toBeLessThanOrEqual(1501);
    expect(excerpt.endsWith('palabra…')).toBe(true);
    expect(toTextExcerpt('x'.repeat(3000), 100)).toBe(`${'x'.repeat(100)}…`);
  });
});
