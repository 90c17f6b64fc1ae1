/**
 * @module extract/decode
 * Bytes to text. Order of trust: a byte-order mark, then the declared charset
 * (HTTP Content-Type, <meta charset>, <meta http-equiv>, XML declaration),
 * then validation: UTF-8 that does not decode falls back to windows-1252, or to
 * windows-1254 when the bytes look like Turkish (a common mis-declaration), and
 * bytes declared in a legacy charset that are valid UTF-8 are read as UTF-8.
 * Binary data is refused before any decoding.
 */
import iconv from 'iconv-lite'
import { StorytraceError } from '../errors.js'

/** Bytes inspected for binary detection and for a charset declaration. */
const SNIFF_BYTES = 8192
/** Share of control bytes above which the input is taken as binary. */
const MAX_CONTROL_SHARE = 0.1
/** A single-byte declaration is overridden by UTF-8 only when this many multi-byte sequences decode cleanly. */
const MIN_UTF8_SEQUENCES = 2

export interface DecodeOptions {
  /** HTTP Content-Type, for its charset parameter. */
  readonly contentType?: string | null
}

export interface Decoded {
  readonly text: string
  /** The encoding actually used (WHATWG name). */
  readonly encoding: string
}

/** Label → the encoding browsers use for it (latin1 is windows-1252, 8859-9 is windows-1254). */
function canonicalEncoding(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '')
  if (l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8'
  if (/^(?:iso-?8859-1|latin-?1|l1|us-ascii|ascii|windows-1252|cp1252|iso_8859-1)$/.test(l)) return 'windows-1252'
  if (/^(?:iso-?8859-9|latin-?5|l5|windows-1254|cp1254|iso_8859-9)$/.test(l)) return 'windows-1254'
  if (/^utf-?16(?:le)?$/.test(l)) return 'utf-16le'
  if (/^utf-?16be$/.test(l)) return 'utf-16be'
  return iconv.encodingExists(l) ? l : null
}

/** Share of control bytes (other than tab, LF, FF, CR, ESC) in the first SNIFF_BYTES. */
export function controlShare(bytes: Uint8Array): { share: number; nul: boolean } {
  const n = Math.min(bytes.length, SNIFF_BYTES)
  let control = 0
  let nul = false
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) nul = true
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++
  }
  return { share: n ? control / n : 0, nul }
}

const META_CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i
const XML_DECL_RE = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w:.-]+)["']/i
const CT_CHARSET_RE = /charset\s*=\s*["']?([\w:.-]+)/i

/** The charset a document declares about itself, from its first bytes. */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const fromHeader = contentType ? CT_CHARSET_RE.exec(contentType)?.[1] : undefined
  if (fromHeader) return fromHeader
  // Declarations are ASCII, so a byte-for-byte latin1 view is safe to search.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1')
  return XML_DECL_RE.exec(head)?.[1] ?? META_CHARSET_RE.exec(head)?.[1] ?? null
}

/** Bytes 0xD0 0xDD 0xDE 0xF0 0xFD 0xFE are ĞİŞğış in windows-1254 but Icelandic ÐÝÞðýþ in windows-1252. */
const TURKISH_BYTES = new Set([0xd0, 0xdd, 0xde, 0xf0, 0xfd, 0xfe])
/** á í ó ú æ: common in Icelandic, rare in Turkish; they argue for windows-1252. */
const ICELANDIC_BYTES = new Set([0xe1, 0xed, 0xf3, 0xfa, 0xe6])

function isLetterByte(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xc0)
}

/** True when the Turkish-only letters appear inside words more than the Icelandic ones do. */
export function looksTurkish(bytes: Uint8Array): boolean {
  let turkish = 0
  let icelandic = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b < 0xc0) continue
    if (!isLetterByte(bytes[i - 1]) && !isLetterByte(bytes[i + 1])) continue
    if (TURKISH_BYTES.has(b)) turkish++
    else if (ICELANDIC_BYTES.has(b)) icelandic++
  }
  return turkish > 0 && turkish >= icelandic
}

/** Counts multi-byte UTF-8 sequences, or -1 when the bytes are not valid UTF-8. */
function utf8Sequences(bytes: Uint8Array): number {
  let seqs = 0
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0
    if (!len) return -1
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return -1
    seqs++
    i += len
  }
  return seqs
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true })

function singleByte(bytes: Uint8Array): Decoded {
  const encoding = looksTurkish(bytes) ? 'windows-1254' : 'windows-1252'
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding), encoding }
}

function decodeWith(bytes: Uint8Array, declared: string | null): Decoded {
  if (declared === null || declared === 'utf-8') {
    try {
      return { text: utf8Fatal.decode(bytes), encoding: 'utf-8' }
    } catch {
      return singleByte(bytes)
    }
  }
  if (!declared.startsWith('utf-16')) {
    // Valid UTF-8 with several multi-byte sequences is almost never meant as a legacy charset
    // (single-byte or GBK/Shift_JIS text is valid UTF-8 only by rare chance); pages saved
    // as UTF-8 often keep the <meta charset> of the original.
    if (utf8Sequences(bytes) >= MIN_UTF8_SEQUENCES) {
      try {
        return { text: utf8Fatal.decode(bytes), encoding: 'utf-8' }
      } catch {
        // Overlong or surrogate sequences: not UTF-8 after all; keep the declaration.
      }
    }
    if (declared === 'windows-1252') return singleByte(bytes)
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  return { text: iconv.decode(buf, declared), encoding: declared }
}

/**
 * Decodes an input's bytes. Throws E_INPUT_EMPTY (no bytes, or whitespace
 * only), E_INPUT_BINARY (NUL or many control bytes) or E_INPUT_ENCODING.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new StorytraceError('E_INPUT_EMPTY', 'the input holds no bytes')
  let decoded: Decoded
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = decodeWith(bytes.subarray(3), 'utf-8')
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    decoded = { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2), encoding), encoding }
  } else {
    const { share, nul } = controlShare(bytes)
    if (nul || share > MAX_CONTROL_SHARE) {
      const pct = Math.round(share * 100)
      const why = `${pct}% control bytes${nul ? ', NUL bytes present' : ''}`
      throw new StorytraceError('E_INPUT_BINARY', `looks like binary data (${why})`, {
        controlShare: share,
        nul,
      })
    }
    const label = declaredCharset(bytes, options.contentType)
    const declared = label ? canonicalEncoding(label) : null
    try {
      decoded = decodeWith(bytes, declared)
    } catch (err) {
      throw new StorytraceError('E_INPUT_ENCODING', `could not decode as ${declared ?? 'utf-8'}`, { label }, { cause: err })
    }
  }
  if (!/\S/.test(decoded.text)) throw new StorytraceError('E_INPUT_EMPTY', 'the input holds only whitespace')
  return decoded
}
