import { describe, expect, it } from 'vitest';

import { passwordProblem, ZChangePasswordSchema, ZCreateUserSchema } from './auth';

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

describe('ZCreateUserSchema', () => {
  it('requires a mechanism for focal points and drops it for other roles', () => {
    expect(
      ZCreateUserSchema.safeParse({ email: 'a@example.org', role: 'FOCAL_POINT' }).error?.issues[0]
        ?.path,
    ).toEqual(['mechanismId']);
    expect(
      ZCreateUserSchema.parse({ email: ' A@Example.org ', role: 'EDITOR', mechanismId: 'm1' }),
    ).toEqual({ email: 'a@example.org', name: null, role: 'EDITOR', mechanismId: null });
  });
});
