/**
 * Bytes to text. Crawlers save whatever the server sent: UTF-8 with or without a BOM,
 * UTF-16, the older Vietnamese encodings (legacy.ts), stray invalid bytes, CR or CRLF line ends, decomposed diacritics.
 */
import { decodeLegacy, LEGACY_ENCODINGS } from './legacy.ts';

export type Decoded =
  | { ok: true; text: string; encoding: string; invalidLines: number[] }
  | { ok: false; reason: string };

/** Signatures of binary formats a crawler may save under a text name. */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

export function decode(buf: Uint8Array): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return finish(new TextDecoder('utf-16le').decode(buf.subarray(2)), 'UTF-16LE');
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return finish(new TextDecoder('utf-16be').decode(buf.subarray(2)), 'UTF-16BE');
  }
  for (const sig of BINARY_SIGNATURES) {
    if (startsWith(buf, sig.bytes)) return { ok: false, reason: `binary file (${sig.name}), not text` };
  }
  const hasBom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = hasBom ? buf.subarray(3) : buf;
  // NUL bytes or many control characters mean a binary format we have no signature for.
  let control = 0;
  const sample = body.subarray(0, 8192);
  for (const b of sample) {
    if (b === 0) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    return { ok: false, reason: 'binary file (too many control characters), not text' };
  }
  const utf8 = new TextDecoder('utf-8').decode(body);
  if (!hasBom && mostlyInvalid(body, utf8)) {
    // Older Vietnamese sites and documents: their bytes are no UTF-8 at all.
    const legacy = decodeLegacy(body);
    if (legacy) return finish(legacy.text, legacy.encoding);
  }
  return finish(utf8, hasBom ? 'UTF-8 with BOM' : 'UTF-8');
}

/**
 * Text in another encoding than UTF-8: most of its bytes above ASCII fail as UTF-8. A UTF-8 file
 * with a few stray bytes fails at those few only, and stays UTF-8 with them marked.
 */
function mostlyInvalid(body: Uint8Array, utf8: string): boolean {
  let high = 0;
  for (const b of body) if (b >= 0x80) high++;
  if (!high) return false;
  let replaced = 0;
  for (let i = utf8.indexOf('\uFFFD'); i >= 0; i = utf8.indexOf('\uFFFD', i + 1)) replaced++;
  return replaced >= 3 && replaced / high > 0.3;
}

/** Whether a file was read in one of the older Vietnamese encodings, not Unicode. */
export const isLegacy = (encoding: string) => LEGACY_ENCODINGS.includes(encoding);

function finish(raw: string, encoding: string): Decoded {
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  const invalidLines: number[] = [];
  if (text.includes('\uFFFD')) {
    text.split('\n').forEach((line, i) => {
      if (line.includes('\uFFFD')) invalidLines.push(i + 1);
    });
  }
  return { ok: true, text, encoding, invalidLines };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The file as a browser reads it right from any static host: servers send `.txt` without a
 * charset, and a byte-order mark is what browsers trust over any guess. A file with a mark stays
 * as it is; valid UTF-8 gains the mark; anything else is the decoded text, in UTF-8 with the mark.
 */
export function readableCopy(buf: Uint8Array): Uint8Array {
  if (startsWith(buf, UTF8_BOM) || startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return buf;
  const decoded = decode(buf);
  const body = decoded.ok && decoded.encoding === 'UTF-8' && decoded.invalidLines.length === 0
    ? buf : new TextEncoder().encode(decoded.ok ? decoded.text : new TextDecoder().decode(buf));
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM);
  out.set(body, UTF8_BOM.length);
  return out;
}
