import 'server-only';

import { prisma } from '@/server/db';

export type GetSourceOptions = { id: string };

export const getSource = ({ id }: GetSourceOptions) => prisma.source.findUnique({ where: { id } });
