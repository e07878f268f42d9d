import { getFormatter } from "next-intl/server";

/** Formats an ISO day ("2026-11-27") as a long date in the request's language, on Japan's calendar. */
export async function isoDayFormatter() {
  const format = await getFormatter();
  return (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "Asia/Tokyo" });
}
