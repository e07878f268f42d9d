/**
 * Ids that come from a URL, a form or a bound action argument are checked before any query: record
 * ids are cuids or seeded slugs (letters, digits, "-" and "_"), so "%00" or a 10 MB string never
 * reaches the database.
 */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
