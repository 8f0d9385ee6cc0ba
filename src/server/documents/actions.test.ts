import { rmSync } from 'node:fs';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { createTestUser, deleteTestUsers } from '../../../tests/support/auth-fixtures';
import { uniqueTag } from '../../../tests/support/backoffice-fixtures';
import { makePdf } from '../../../tests/support/make-pdf';

// A storage folder whose parent is a regular file: every write fails for real (ENOTDIR), even as
// root, the way a full (ENOSPC) or read-only (EROFS) disk refuses it. Set before src/env.ts loads.
const storage = await vi.hoisted(async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const root = mkdtempSync(path.join(tmpdir(), 'prevenir-broken-storage-'));
  writeFileSync(path.join(root, 'not-a-folder'), 'x');
  process.env.STORAGE_DIR = path.join(root, 'not-a-folder', 'storage');
  return { root };
});

// What next-auth decoded from the cookie; the session row and the user behind it are real.
const tokenSession = vi.hoisted((): { current: unknown } => ({ current: null }));
vi.mock('next-auth', () => ({ getServerSession: async () => tokenSession.current }));
vi.mock('@/server/auth/options', () => ({ getAuthOptions: () => ({}) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => import('../../../tests/support/next-intl-server-mock'));

const { createDocumentAction } = await import('./actions');
const { startUserSession } = await import('@/server/auth/user-sessions');
const { prisma } = await import('@/server/db');
const es = (await import('../../../messages/es.json')).default;

const emails: string[] = [];
afterAll(async () => {
  await deleteTestUsers(emails);
  rmSync(storage.root, { recursive: true, force: true });
});

const signInAsEditor = async () => {
  const user = await createTestUser({ role: 'EDITOR' });
  emails.push(user.email);
  const sid = await startUserSession({ userId: user.id, ipAddress: null });
  tokenSession.current = { user: { id: user.id, sv: 0, sid } };
};

/** The document form as the browser submits it, with a chosen file. */
const documentForm = (slug: string, file: File) => {
  const formData = new FormData();
  formData.append('slug', slug);
  formData.append('type', 'REPORT');
  formData.append('originalLocale', 'es');
  formData.append('translations.es.title', `Informe ${slug}`);
  formData.append('translations.es.summary', 'Lo que el editor escribió');
  formData.append('file', file);
  return formData;
};

describe('the document form with an upload that cannot be kept', () => {
  it('refuses a chosen empty file with its message, keeping what was typed', async () => {
    await signInAsEditor();
    const slug = uniqueTag();
    const state = await createDocumentAction(
      'es',
      null,
      documentForm(slug, new File([], 'informe.pdf', { type: 'application/pdf' })),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { file: es.AdminForm.fileErrors.EMPTY_FILE },
      values: {
        'translations.es.title': `Informe ${slug}`,
        'translations.es.summary': 'Lo que el editor escribió',
      },
    });
    expect(await prisma.document.count({ where: { slug } })).toBe(0);
  });

  it('answers a storage that refuses the write with a form message, keeping what was typed', async () => {
    await signInAsEditor();
    const slug = uniqueTag();
    const pdf = new File([Buffer.from(makePdf([`Informe ${slug}`]))], 'informe.pdf', {
      type: 'application/pdf',
    });
    const state = await createDocumentAction('es', null, documentForm(slug, pdf));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { file: es.AdminForm.fileErrors.STORAGE_UNAVAILABLE },
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types matchers as any
      summary: expect.any(String),
      values: { slug, 'translations.es.title': `Informe ${slug}` },
    });
    expect(await prisma.document.count({ where: { slug } })).toBe(0);
  });
});
