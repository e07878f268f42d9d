import iconv from "iconv-lite";
import { parse } from "csv-parse/sync";

// Text files from offices come in UTF-8 (with or without a BOM) or in Shift_JIS, as Excel writes
// CSV on Japanese Windows. The encoding is detected, not asked, and said back to the user.

export type TextEncoding = "utf-8" | "shift_jis" | "utf-16le";

const startsWith = (b: Uint8Array, ...xs: number[]) => xs.every((x, i) => b[i] === x);

/** The file's text and how it was encoded; null for what is not text (NUL bytes, broken bytes). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  if (startsWith(bytes, 0xff, 0xfe)) {
    const text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    return text.includes("\u0000") ? null : { text, encoding: "utf-16le" };
  }
  if (bytes.includes(0)) return null;
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    // Not UTF-8: Shift_JIS (as Windows extends it, CP932) if every byte sequence is one of its.
    const text = iconv.decode(Buffer.from(bytes), "cp932");
    return text.includes("\ufffd") ? null : { text, encoding: "shift_jis" };
  }
}

/** UTF-8 with a BOM, so Excel opens it as UTF-8. */
export function utf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export type CsvFile =
  | { ok: true; records: string[][]; encoding: TextEncoding }
  | { ok: false; reason: "empty" | "tooLarge" | "notText" | "notCsv" };

/** An uploaded CSV file within a size: its records (quoted commas and line breaks kept), or why not. */
export function readCsvFile(bytes: Uint8Array, maxBytes: number): CsvFile {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > maxBytes) return { ok: false, reason: "tooLarge" };
  const decoded = decodeText(bytes);
  if (!decoded) return { ok: false, reason: "notText" };
  try {
    const records: string[][] = parse(decoded.text, { bom: true, relax_column_count: true, skip_empty_lines: true });
    return { ok: true, records, encoding: decoded.encoding };
  } catch {
    return { ok: false, reason: "notCsv" };
  }
}
