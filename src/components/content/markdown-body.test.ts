import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { MarkdownBody } from './markdown-body';

const render = (markdown: string) =>
  renderToStaticMarkup(createElement(MarkdownBody, { markdown }));

describe('MarkdownBody', () => {
  it('renders paragraphs, headings below the page title (# and ## as h2), lists, links and emphasis', () => {
    const html = render(
      [
        '# Visita al centro',
        '',
        'Primer párrafo con *énfasis* y **fuerza**.',
        '',
        '## Recomendaciones',
        '',
        '### Para el Ministerio',
        '',
        '#### Plazo',
        '',
        '- una',
        '- dos',
        '',
        '1. primera',
        '',
        '[Informe](https://example.org/informe?a=1&b=2), [sitio](http://example.org) y [escríbanos](mailto:mnp@example.org).',
      ].join('\n'),
    );
    expect(html).toContain('<h2 class="mt-8 text-2xl font-semibold">Visita al centro</h2>');
    expect(html).toContain('<h2 class="mt-8 text-2xl font-semibold">Recomendaciones</h2>');
    expect(html).toContain('<h3 class="mt-6 text-xl font-semibold">Para el Ministerio</h3>');
    expect(html).toContain('<h4 class="mt-4 text-lg font-semibold">Plazo</h4>');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<em>énfasis</em>');
    expect(html).toContain('<strong>fuerza</strong>');
    expect(html).toMatch(/<ul[^>]*>\s*<li>una<\/li>\s*<li>dos<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol[^>]*>\s*<li>primera<\/li>\s*<\/ol>/);
    expect(html).toContain('href="https://example.org/informe?a=1&amp;b=2"');
    expect(html).toContain('href="http://example.org"');
    expect(html).toContain('href="mailto:mnp@example.org"');
  });

  it('never renders raw HTML: script, event handlers, iframes and inline tags are dropped', () => {
    const html = render(
      [
        'Antes <script>alert(1)</script> después.',
        '',
        '<script>alert(2)</script>',
        '',
        '<img src=x onerror="alert(3)">',
        '',
        '<iframe src="https://example.org"></iframe>',
        '',
        'Un <b onclick="alert(4)">texto</b> y <a href="javascript:alert(5)">enlace</a>.',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<(script|img|iframe|b)\b/i);
    expect(html).not.toMatch(/onerror|onclick|javascript:/i);
    expect(html).toContain('Antes');
    expect(html).toContain('texto');
  });

  it('drops javascript:, data:, vbscript: and relative links, keeping their text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      '/es/admin',
      '//evil.example/x',
    ]) {
      const html = render(`[pulse aquí](${href})`);
      expect(html, href).not.toContain('<a');
      expect(html, href).not.toMatch(/javascript|data:|vbscript/i);
      expect(html, href).toContain('pulse aquí');
    }
  });

  it('keeps only the text of images, code, quotes, rules and autolinks to other schemes', () => {
    const html = render(
      [
        '![foto](https://example.org/x.png)',
        '',
        '`código` y <javascript:alert(1)>',
        '',
        '> cita',
        '',
        '---',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<(img|code|pre|blockquote|hr|a)\b/);
    // The autolink to another scheme is left as plain text, not a link.
    expect(html).toContain('código y javascript:alert(1)');
    expect(html).toContain('código');
    expect(html).toContain('cita');
  });
});
