/** RFC 5987 encoding: percent-encodes everything outside attr-char, including ' ( ) *. */
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value.toWellFormed()).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * `attachment` with an ASCII `filename` for old clients and the exact name in `filename*`
 * (RFC 6266 / RFC 5987), safe for quotes, newlines and any script.
 */
export const contentDisposition = (filename: string) => {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_').trim() || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
};
