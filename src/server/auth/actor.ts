import type { Role } from '@/generated/prisma/enums';

/** Who performs a back-office change: passed explicitly so domain functions stay testable. */
export type Actor = {
  id: string;
  email: string;
  role: Role;
  /** The mechanism a focal point speaks for. */
  mechanismId: string | null;
};
