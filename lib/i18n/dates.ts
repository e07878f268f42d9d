/** Date and minute in Japan time; Japanese uses the manual's 「YYYY年MM月DD日 HH時MM分」. */
export function formatJstMinute(date: Date, locale: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Tokyo",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  if (locale === "ja") return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}時${parts.minute}分`;
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}
