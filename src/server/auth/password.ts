import 'server-only';

import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default) with its defaults: 19 MiB, 2 passes, 1 lane, OWASP's minimum.
export const hashPassword = (password: string): Promise<string> => hash(password);

// A hash of a random string, verified against when the account does not exist, so a wrong e-mail
// costs as much time as a wrong password and timing does not tell them apart.
let dummyHash: Promise<string> | undefined;

export const verifyPassword = async (
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> => {
  if (!passwordHash) {
    dummyHash ??= hash(crypto.randomUUID());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
};
