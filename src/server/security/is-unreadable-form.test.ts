import { describe, expect, it } from 'vitest';

import { isUnreadableForm } from './is-unreadable-form';

const BOUNDARY = '----hostile';

/** A multipart POST whose file part is named `filename`, written as a client chose to. */
const upload = (filename: string, contentType = `multipart/form-data; boundary=${BOUNDARY}`) =>
  new Request('http://localhost/es/admin/recommendations/import', {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body:
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="mode"\r\n\r\ndryRun\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      `Content-Type: text/csv\r\n\r\nbody,symbol\r\n\r\n--${BOUNDARY}--\r\n`,
  });

describe('isUnreadableForm', () => {
  it('lets through the forms browsers send, which the action can still read', async () => {
    const form = new FormData();
    form.set('email', '<script>alert(1)</script>\u0000');
    form.set('file', new File(['=cmd|'], 'a "b".csv', { type: 'text/csv' }));
    const request = new Request('http://localhost/es/sign-in', { method: 'POST', body: form });
    expect(await isUnreadableForm(request)).toBe(false);
    expect((await request.formData()).get('email')).toBe('<script>alert(1)</script>\u0000');
    expect(await isUnreadableForm(upload('recommendations.csv'))).toBe(false);
  });

  it('finds multipart bodies that cannot be read (issue 11: they got a 500)', async () => {
    expect(await isUnreadableForm(upload('"><img src=x onerror=alert(1)>.csv'))).toBe(true);
    expect(await isUnreadableForm(upload('1;DROP TABLE "User"'))).toBe(true);
    expect(await isUnreadableForm(upload('\r\nSet-Cookie: x=y'))).toBe(true);
    expect(await isUnreadableForm(upload('a.csv', 'multipart/form-data'))).toBe(true);
  });

  it('leaves other requests alone', async () => {
    const get = new Request('http://localhost/es/sign-in');
    const encoded = new Request('http://localhost/es/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '%FF=%zz&&=',
    });
    expect(await isUnreadableForm(get)).toBe(false);
    expect(await isUnreadableForm(encoded)).toBe(false);
  });
});
