import { describe, expect, it } from 'vitest';

import { ALL_PERMISSIONS, hasPermission, type Permission } from './permissions';

// The expected table, written out by hand: a change to ROLE_PERMISSIONS must change this too.
const EXPECTED: Record<Permission, { ADMIN: boolean; EDITOR: boolean; FOCAL_POINT: boolean }> = {
  'content.edit': { ADMIN: true, EDITOR: true, FOCAL_POINT: false },
  'content.publish': { ADMIN: true, EDITOR: true, FOCAL_POINT: false },
  'content.delete': { ADMIN: true, EDITOR: true, FOCAL_POINT: false },
  'mechanism.propose': { ADMIN: true, EDITOR: false, FOCAL_POINT: true },
  'changes.review': { ADMIN: true, EDITOR: true, FOCAL_POINT: false },
  'users.manage': { ADMIN: true, EDITOR: false, FOCAL_POINT: false },
  'audit.read': { ADMIN: true, EDITOR: false, FOCAL_POINT: false },
  'countries.edit': { ADMIN: true, EDITOR: true, FOCAL_POINT: false },
  'themes.edit': { ADMIN: true, EDITOR: true, FOCAL_POINT: false },
  'thesaurus.edit': { ADMIN: true, EDITOR: true, FOCAL_POINT: false },
  'mail.queue': { ADMIN: true, EDITOR: true, FOCAL_POINT: false },
  // Subscribers' addresses: admins only.
  'subscribers.read': { ADMIN: true, EDITOR: false, FOCAL_POINT: false },
  'dataDownload.build': { ADMIN: true, EDITOR: false, FOCAL_POINT: false },
};

describe('ROLE_PERMISSIONS', () => {
  it('covers every permission in the expected table', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  for (const permission of ALL_PERMISSIONS) {
    for (const role of ['ADMIN', 'EDITOR', 'FOCAL_POINT'] as const) {
      const allowed = EXPECTED[permission][role];
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(hasPermission(role, permission)).toBe(allowed);
      });
    }
  }
});
