import { describe, expect, it } from 'vitest';

import { normalizeEmail, passwordProblem, ZChangePasswordSchema, ZEmailSchema } from './auth';

describe('passwordProblem', () => {
  it.each([
    ['short pass', 'passwordTooShort'],
    ['aaaaaaaaaaaaaaaa', 'passwordTooCommon'],
    ['abcabcabcabcabc', 'passwordTooCommon'],
    ['Password1234', 'passwordTooCommon'],
    ['x'.repeat(257) + 'yz', 'passwordTooLong'],
    ['correct horse battery staple', null],
    ['ñandú-del-altiplano', null],
  ])('%s → %s', (password, expected) => {
    expect(passwordProblem(password)).toBe(expected);
  });
});

describe('ZChangePasswordSchema', () => {
  it('requires the confirmation to match and the new password to differ', () => {
    const result = ZChangePasswordSchema.safeParse({
      currentPassword: 'the same long passphrase',
      newPassword: 'the same long passphrase',
      confirmPassword: 'something else entirely',
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['confirmPassword', 'passwordsDiffer'],
        ['newPassword', 'passwordUnchanged'],
      ]),
    );
  });
});

describe('ZEmailSchema', () => {
  it.each(['%', '%@%', 'a%b@example.org', 'ana\0@example.org', '\0', 'ana@exa\0mple.org', ' '])(
    'refuses %j',
    (email) => {
      expect(ZEmailSchema.safeParse(email).success).toBe(false);
    },
  );

  it('accepts `_` as a character and normalizes the case, like every look-up', () => {
    expect(ZEmailSchema.parse('ed_tor@example.org')).toBe('ed_tor@example.org');
    expect(ZEmailSchema.parse(' Editor@Example.ORG ')).toBe('editor@example.org');
    expect(normalizeEmail(' Editor@Example.ORG ')).toBe('editor@example.org');
  });
});
