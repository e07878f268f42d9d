import { unknownName, type FormValues } from "@/lib/forms/types";

/** 生年月日 as read from a row, with 不詳 said in words. */
export function birthText(values: FormValues, lang: "ja" | "en"): string {
  const v = typeof values.birthDate === "string" ? values.birthDate : "";
  const mode = values[unknownName("birthDate")];
  if (mode === "ymd") return lang === "ja" ? "年月日不詳" : "Date unknown";
  const parts = [v.slice(0, 4), v.slice(4, 6), v.slice(6, 8)].filter(Boolean);
  return (
    parts.join("/") +
    (mode === "md"
      ? lang === "ja"
        ? "（月日不詳）"
        : " (month and day unknown)"
      : mode === "d"
        ? lang === "ja"
          ? "（日不詳）"
          : " (day unknown)"
        : "")
  );
}
