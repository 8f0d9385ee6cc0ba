import { describe, expect, it } from 'vitest';

import { ZCreateUserSchema } from './users';

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

  it('accepts only the roles the database knows', () => {
    expect(
      ZCreateUserSchema.safeParse({ email: 'a@example.org', role: 'SUPERUSER' }).error?.issues[0]
        ?.path,
    ).toEqual(['role']);
  });
});
