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

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1]!;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return i;
}
