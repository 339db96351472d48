/**
 * Bytes to text, refusing what is not text. Offsets everywhere else are into
 * the decoded string, which is what editors count columns in.
 */
export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), 'UTF-16BE');
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary file (NUL byte at offset ${nul}): expected text` };
  try {
    // The BOM is dropped: editors do not count it as a column.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}): save the file as UTF-8` };
  }
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array, name: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), warning: `decoded as ${name}; UTF-8 is expected` };
  } catch {
    return { ok: false, reason: `not valid ${name}` };
  }
}

/** The byte offset of the first undecodable sequence: where a lossy decode first puts U+FFFD. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  return new TextEncoder().encode(lossy.slice(0, lossy.indexOf('\uFFFD'))).length;
}
