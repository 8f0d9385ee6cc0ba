import { afterAll, describe, expect, it } from 'vitest';

import { createTestUser, deleteTestUsers } from '../../../tests/support/auth-fixtures';
import { deleteRateLimitRows } from '../../../tests/support/rate-limit-fixtures';
import { changePassword } from './change-password';

const PASSWORD = 'the current long password';
const emails: string[] = [];
const ids: string[] = [];

afterAll(async () => {
  await deleteRateLimitRows(ids);
  await deleteTestUsers(emails);
});

const user = async () => {
  const created = await createTestUser({ password: PASSWORD });
  emails.push(created.email);
  ids.push(created.id);
  return created.id;
};

const change = (userId: string, currentPassword: string) =>
  changePassword({
    userId,
    currentPassword,
    newPassword: 'a brand new long password',
    ipAddress: null,
  });

describe('changePassword', () => {
  it('slows down guesses of the current password: after 5 wrong ones, even the right one waits', async () => {
    const id = await user();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(change(id, `wrong ${attempt}`)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    await expect(change(id, PASSWORD)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('ends the series on a successful change', async () => {
    const id = await user();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(change(id, 'wrong')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    expect((await change(id, PASSWORD)).sessionVersion).toBe(1);
    // 4 more wrong guesses are answered as wrong, not as "wait".
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(change(id, 'wrong')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
  });
});
