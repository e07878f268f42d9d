const BASE = "http://return.invalid";

/**
 * A return path (after login, after a favourite change) is followed only if it resolves to a path
 * on this site. Browsers drop tabs and newlines and read "\" as "/", so "/%09/evil" or "/\evil"
 * would leave the site: such values are refused before parsing, and the parsed URL must keep our
 * origin. The answer is the normalised path, never the raw input.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  // Control characters and backslashes, raw or percent-encoded.
  if (/[\u0000-\u001f\u007f\\]/.test(value) || /[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith("//"))
    return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  return url.pathname + url.search + url.hash;
}
