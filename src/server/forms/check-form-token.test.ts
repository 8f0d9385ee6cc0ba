import { describe, expect, it } from 'vitest';

import { checkFormToken, MAX_FORM_AGE_MS, MIN_FILL_MS } from './check-form-token';
import { createFormToken } from './create-form-token';

describe('a public form’s signed fill time', () => {
  const shown = Date.UTC(2026, 11, 5, 12, 0, 0);
  const token = createFormToken('correction-form', shown);

  it('passes a form sent after the minimum time and before it expires', () => {
    expect(checkFormToken('correction-form', token, shown + MIN_FILL_MS)).toBe('ok');
    expect(checkFormToken('correction-form', token, shown + MAX_FORM_AGE_MS)).toBe('ok');
  });

  it('refuses a form sent too quickly, too late, or with a time from the future', () => {
    expect(checkFormToken('correction-form', token, shown + MIN_FILL_MS - 1)).toBe('tooFast');
    expect(checkFormToken('correction-form', token, shown - 60_000)).toBe('tooFast');
    expect(checkFormToken('correction-form', token, shown + MAX_FORM_AGE_MS + 1)).toBe('expired');
  });

  it('refuses a backdated, forged or malformed token', () => {
    const [, signature] = token.split('.');
    expect(checkFormToken('correction-form', `${shown - 60_000}.${signature}`, shown)).toBe(
      'invalid',
    );
    expect(
      checkFormToken('correction-form', `${shown}.${'A'.repeat(43)}`, shown + MIN_FILL_MS),
    ).toBe('invalid');
    for (const garbage of [undefined, '', 'x', `${shown}`, `${token}.x`, `${'9'.repeat(400)}.a`]) {
      expect(checkFormToken('correction-form', garbage, shown + MIN_FILL_MS)).toBe('invalid');
    }
  });

  it('refuses one form’s token on another form', () => {
    expect(checkFormToken('contact-form', token, shown + MIN_FILL_MS)).toBe('invalid');
    const contact = createFormToken('contact-form', shown);
    expect(checkFormToken('contact-form', contact, shown + MIN_FILL_MS)).toBe('ok');
  });
});
