import { describe, expect, it } from 'vitest';

import { nestValues, readFormData } from '@/lib/forms/form-state';

import { ZCreateDocumentSchema } from './documents';
import { zOptionalDate, zOptionalHttpUrl } from './form-fields';
import { ZProposeMechanismSchema } from './mechanisms';

describe('back-office form fields', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/a',
    '//example.org/a',
    'http://',
    'example.org',
  ])('refuses %j as a URL', (url) => {
    const result = zOptionalHttpUrl().safeParse(url);
    expect(result.error?.issues[0]?.message).toBe('invalidUrl');
  });

  it('accepts http(s) URLs, and an empty field as none', () => {
    expect(zOptionalHttpUrl().parse(' https://example.org/a?b=c ')).toBe(
      'https://example.org/a?b=c',
    );
    expect(zOptionalHttpUrl().parse('http://example.org')).toBe('http://example.org');
    expect(zOptionalHttpUrl().parse('')).toBeNull();
  });

  it('accepts real calendar dates only', () => {
    expect(zOptionalDate().parse('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(zOptionalDate().safeParse('2023-02-29').success).toBe(false);
    expect(zOptionalDate().safeParse('29/02/2024').success).toBe(false);
    expect(zOptionalDate().parse('')).toBeNull();
  });

  it('requires the title in the original language and in any language that has text', () => {
    const result = ZCreateDocumentSchema.safeParse(
      nestValues({
        type: 'REPORT',
        originalLocale: 'pt',
        'translations.es.title': 'Título',
        'translations.en.summary': 'Summary without a title',
      }),
    );
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['translations.pt.title', 'required'],
      ['translations.en.title', 'titleRequiredForLanguage'],
    ]);
  });

  it('validates a mechanism proposal with the same rules (email, website)', () => {
    const result = ZProposeMechanismSchema.safeParse(
      nestValues({ version: '3', email: 'not-an-email', website: 'javascript:alert(1)' }),
    );
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual([
      'invalidEmail',
      'invalidUrl',
    ]);
  });
});

describe('readFormData', () => {
  it('keeps repeated names as lists, drops empty files and framework fields', () => {
    const formData = new FormData();
    formData.append('themeIds', 'a');
    formData.append('themeIds', 'b');
    formData.append('translations.es.title', 'Título');
    formData.append('$ACTION_ID_abc', '');
    formData.append('file', new File([], ''));
    const { values, files } = readFormData(formData);
    expect(values).toEqual({ themeIds: ['a', 'b'], 'translations.es.title': 'Título' });
    expect(files).toEqual({});
    expect(nestValues(values)).toEqual({
      themeIds: ['a', 'b'],
      translations: { es: { title: 'Título' } },
    });
  });

  it('keeps a chosen empty file, so that the upload checks refuse it, but not an empty input', () => {
    const formData = new FormData();
    formData.append('file', new File([], 'informe.pdf', { type: 'application/pdf' }));
    // A file input left empty, as a plain form post and as a server action deliver it.
    formData.append('plain', new File([], ''));
    formData.append('action', new File([], 'undefined'));
    expect(Object.keys(readFormData(formData).files)).toEqual(['file']);
  });

  it('drops NUL and other control characters from typed text, keeping line breaks', () => {
    const formData = new FormData();
    formData.append('email', 'ana\u0000@example.org');
    formData.append('summary', 'línea 1\r\nlínea\u0007 2\tfin\u007f');
    expect(readFormData(formData).values).toEqual({
      email: 'ana@example.org',
      summary: 'línea 1\r\nlínea 2\tfin',
    });
  });

  it('ignores names that could reach Object.prototype', () => {
    const formData = new FormData();
    formData.append('__proto__.polluted', 'yes');
    formData.append('constructor.prototype.polluted', 'yes');
    formData.append('translations.__proto__.polluted', 'yes');
    const { values } = readFormData(formData);
    nestValues(values);
    expect(values).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
