import { describe, expect, it } from 'vitest';

import { composeMail } from './compose-mail';
import type { MailItem } from './load-mail-items';
import type { SubscriptionLinks } from './subscription-links';

const links: SubscriptionLinks = {
  confirm: 'https://prevenir.test/es/subscribe/confirm?token=c.c',
  manage: 'https://prevenir.test/es/subscribe/manage?token=m.m',
  unsubscribe: 'https://prevenir.test/es/subscribe/unsubscribe?token=u.u',
  oneClick: 'https://prevenir.test/api/subscriptions/unsubscribe?token=u.u&lang=es',
};

const item = (over: Partial<MailItem>): MailItem => ({
  type: 'document',
  id: 'doc1',
  title: 'Informe anual',
  summary: null,
  url: 'https://prevenir.test/es/documents/informe-anual',
  textLocale: 'es',
  ...over,
});

describe('composeMail', () => {
  it('writes text and HTML that say the same, with the footer links, in the mail’s language', () => {
    const mail = composeMail({ kind: 'CONFIRM', locale: 'pt', links })!;
    expect(mail.subject).toBe('Confirme a sua inscrição no Prevenir');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Confirmar a minha inscrição');
      expect(part).toContain(links.confirm);
      expect(part).toContain('Cancelar a inscrição');
    }
    expect(mail.html).toMatch(/^<!doctype html>\n<html lang="pt" dir="ltr">/);
    expect(mail.html).toContain('<title>Confirme a sua inscrição no Prevenir</title>');
    expect(mail.html.match(/<h1/g)).toHaveLength(1);
    expect(mail.html).not.toMatch(/<img|<script|<style/);
  });

  it('escapes whatever the database holds, and keeps the subject on one line', () => {
    const hostile = item({
      title: 'Informe <script>alert(1)</script>\r\nBcc: x@y.z',
      summary: '"><img src=x onerror=alert(1)> & más',
      url: 'https://prevenir.test/es/documents/a"b',
    });
    const mail = composeMail({ kind: 'ITEM', locale: 'es', links, items: [hostile] })!;
    expect(mail.subject).toBe('Nuevo en Prevenir: Informe <script>alert(1)</script> Bcc: x@y.z');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; más');
    expect(mail.html).toContain('href="https://prevenir.test/es/documents/a&quot;b"');
  });

  it('marks text in another language with its lang and says so', () => {
    const english = item({ title: 'Annual report', summary: 'In English', textLocale: 'en' });
    const mail = composeMail({
      kind: 'DIGEST',
      locale: 'es',
      links,
      items: [english, item({ id: 'doc2', type: 'event', title: 'Taller' })],
      period: { since: new Date('2030-01-06T08:00:00Z'), until: new Date('2030-01-13T08:00:00Z') },
    })!;
    expect(mail.subject).toBe('2 novedades en Prevenir esta semana');
    expect(mail.html).toMatch(/<h2 lang="en"[^>]*><a [^>]*>Annual report<\/a><\/h2>/);
    expect(mail.html).toMatch(/<h2 style[^>]*><a [^>]*>Taller<\/a><\/h2>/);
    expect(mail.html).toContain('Documento – Disponible solo en inglés');
    expect(mail.text).toContain('Publicados entre el 6 de enero de 2030 y el 13 de enero de 2030');
    expect(mail.text).toContain(
      '* Taller\n  Evento\n  https://prevenir.test/es/documents/informe-anual',
    );
  });

  it('has nothing to say without items', () => {
    expect(composeMail({ kind: 'ITEM', locale: 'en', links, items: [] })).toBeNull();
    expect(composeMail({ kind: 'DIGEST', locale: 'en', links, items: [] })).toBeNull();
  });
});
