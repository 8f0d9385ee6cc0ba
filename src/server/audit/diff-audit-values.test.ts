import { describe, expect, it } from 'vitest';

import { diffAuditValues } from './diff-audit-values';

/** A document as lifecycle.ts snapshots it (its edit select), dates as JSON has them. */
const documentRow = {
  id: 'doc1',
  slug: 'informe',
  type: 'REPORT',
  originalLocale: 'es',
  publishedOn: '2025-03-01T00:00:00.000Z',
  externalUrl: null,
  fileId: null,
  file: null,
  sources: ['Ley 1'],
  status: 'DRAFT',
  version: 3,
  updatedAt: '2025-03-02T10:00:00.000Z',
  translations: [
    { locale: 'pt', title: 'Relatório', summary: null },
    { locale: 'es', title: 'Informe', summary: 'Resumen' },
  ],
  themes: [{ id: 't2' }, { id: 't1' }],
  countries: [],
  mechanisms: [{ id: 'm1' }],
};

describe('diffAuditValues', () => {
  it('gives only the fields that changed, leaving out id, version and timestamps', () => {
    const after = {
      ...documentRow,
      version: 4,
      updatedAt: '2025-03-03T10:00:00.000Z',
      externalUrl: 'https://example.org/informe',
      translations: [
        { locale: 'es', title: 'Informe anual', summary: 'Resumen' },
        { locale: 'pt', title: 'Relatório', summary: null },
      ],
    };
    expect(diffAuditValues(documentRow, after)).toEqual([
      {
        path: 'externalUrl',
        key: 'externalUrl',
        kind: 'added',
        before: null,
        after: 'https://example.org/informe',
      },
      {
        path: 'translations.es.title',
        key: 'title',
        locale: 'es',
        kind: 'changed',
        before: 'Informe',
        after: 'Informe anual',
      },
    ]);
  });

  it('shows translations per language, in the forms’ order, a new language as added', () => {
    const after = {
      ...documentRow,
      translations: [
        ...documentRow.translations,
        { locale: 'en', title: 'Report', summary: 'Summary' },
      ],
    };
    const before = {
      ...documentRow,
      translations: [{ locale: 'es', title: 'Informe', summary: 'Otro resumen' }],
    };
    expect(
      diffAuditValues(before, after).map(({ path, kind, before: a, after: b }) => [
        path,
        kind,
        a,
        b,
      ]),
    ).toEqual([
      ['translations.es.summary', 'changed', 'Otro resumen', 'Resumen'],
      ['translations.pt.title', 'added', undefined, 'Relatório'],
      ['translations.en.title', 'added', undefined, 'Report'],
      ['translations.en.summary', 'added', undefined, 'Summary'],
    ]);
  });

  it('compares relations as sets of ids and says which were added and removed', () => {
    const after = { ...documentRow, themes: [{ id: 't3' }, { id: 't1' }], mechanisms: [] };
    expect(diffAuditValues(documentRow, after)).toEqual([
      {
        path: 'themes',
        key: 'themes',
        kind: 'changed',
        before: ['t1', 't2'],
        after: ['t1', 't3'],
        removedItems: ['t2'],
        addedItems: ['t3'],
      },
      {
        path: 'mechanisms',
        key: 'mechanisms',
        kind: 'removed',
        before: ['m1'],
        after: [],
        removedItems: ['m1'],
        addedItems: [],
      },
    ]);
    // The same ids in another order are no change.
    const reordered = { ...documentRow, themes: [{ id: 't1' }, { id: 't2' }] };
    expect(diffAuditValues(documentRow, reordered)).toEqual([]);
  });

  it('keeps the order of plain lists such as sources', () => {
    const before = { sources: ['A', 'B'] };
    expect(diffAuditValues(before, { sources: ['B', 'A'] })).toMatchObject([
      { path: 'sources', kind: 'changed', removedItems: [], addedItems: [] },
    ]);
    expect(diffAuditValues(before, { sources: ['A', 'C'] })).toMatchObject([
      { path: 'sources', kind: 'changed', removedItems: ['B'], addedItems: ['C'] },
    ]);
  });

  it('treats null, missing, empty text and empty lists alike, but not false or 0', () => {
    expect(diffAuditValues({ a: null, b: '', c: [] }, { d: null })).toEqual([]);
    expect(diffAuditValues({ note: null }, {})).toEqual([]);
    expect(diffAuditValues({}, { note: null })).toEqual([]);
    expect(diffAuditValues({ online: false }, { online: true })).toMatchObject([
      { path: 'online', kind: 'changed', before: false, after: true },
    ]);
    expect(diffAuditValues({}, { count: 0 })).toMatchObject([
      { path: 'count', kind: 'added', before: undefined, after: 0 },
    ]);
    expect(diffAuditValues({ note: 'x' }, { note: null })).toMatchObject([
      { path: 'note', kind: 'removed', before: 'x', after: null },
    ]);
    expect(diffAuditValues({ note: 'x' }, {})).toMatchObject([
      { path: 'note', kind: 'removed', before: 'x', after: undefined },
    ]);
  });

  it('lists every recorded field of a creation as added and of a deletion as removed', () => {
    const created = diffAuditValues(null, documentRow);
    expect(created.every((change) => change.kind === 'added')).toBe(true);
    expect(created.map((change) => change.path)).toEqual([
      'slug',
      'type',
      'originalLocale',
      'publishedOn',
      'sources',
      'status',
      'translations.es.title',
      'translations.es.summary',
      'translations.pt.title',
      'themes',
      'mechanisms',
    ]);
    const deleted = diffAuditValues(documentRow, null);
    expect(deleted.every((change) => change.kind === 'removed')).toBe(true);
    expect(deleted).toHaveLength(created.length);
  });

  it('flattens nested objects to dotted paths', () => {
    const before = { file: { filename: 'a.pdf', size: 10 } };
    const after = { file: { filename: 'b.pdf', size: 10 } };
    expect(diffAuditValues(before, after)).toEqual([
      { path: 'file.filename', key: 'filename', kind: 'changed', before: 'a.pdf', after: 'b.pdf' },
    ]);
    // A removed file: each of its fields is gone (the null `file` itself is no row).
    expect(diffAuditValues(before, { file: null })).toMatchObject([
      { path: 'file.filename', kind: 'removed', before: 'a.pdf', after: undefined },
      { path: 'file.size', kind: 'removed', before: 10, after: undefined },
    ]);
  });

  it('handles the small snapshots of status changes and sign-in events', () => {
    expect(diffAuditValues({ status: 'DRAFT' }, { status: 'PUBLISHED' })).toEqual([
      { path: 'status', key: 'status', kind: 'changed', before: 'DRAFT', after: 'PUBLISHED' },
    ]);
    expect(diffAuditValues(null, { reason: 'password' })).toEqual([
      { path: 'reason', key: 'reason', kind: 'added', before: undefined, after: 'password' },
    ]);
    expect(diffAuditValues(null, null)).toEqual([]);
  });

  it('shows objects inside lists as JSON text rather than dropping them', () => {
    const before = { items: [{ a: 1, b: 2 }] };
    expect(diffAuditValues(before, { items: [{ a: 1, b: 3 }] })).toMatchObject([
      {
        path: 'items',
        kind: 'changed',
        removedItems: ['{"a":1,"b":2}'],
        addedItems: ['{"a":1,"b":3}'],
      },
    ]);
  });
});
