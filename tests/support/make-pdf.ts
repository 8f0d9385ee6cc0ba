/**
 * A minimal valid one-page PDF (Helvetica, WinAnsi encoding) with one text line per entry, so
 * tests can check text extraction on real bytes without shipping a binary fixture.
 */
export const makePdf = (lines: readonly string[]): Uint8Array => {
  const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);
  const textOps = lines.map((line) => `(${escape(line)}) Tj 0 -16 Td`).join('\n');
  const content = `BT\n/F1 12 Tf\n72 720 Td\n${textOps}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];

  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  // Latin-1 bytes: WinAnsi covers the accented letters of Spanish and Portuguese.
  return new Uint8Array(Buffer.from(body, 'latin1'));
};
