import { getTranslations } from "next-intl/server";
import { themes, type Theme } from "@/lib/theme/themes";
import { setTheme } from "@/app/_server/theme-actions";

const swatch: Record<Theme, string> = {
  standard: "bg-white text-[#1a1a1a]",
  blue: "bg-[#000071] text-white",
  yellow: "bg-[#ffe380] text-black",
  black: "bg-black text-white",
};

/** 配色変更: a plain form (radio + submit) that sets the cookie on the server; no JavaScript needed. */
export async function ThemeSwitcher({ current, returnTo }: { current: Theme; returnTo: string }) {
  const t = await getTranslations("theme");
  return (
    <form action={setTheme} className="space-y-3">
      <input type="hidden" name="returnTo" value={returnTo} />
      <fieldset>
        <legend className="text-lg font-bold">{t("heading")}</legend>
        <p className="text-muted">{t("description")}</p>
        <div className="mt-2 flex flex-wrap gap-3">
          {themes.map((theme) => (
            <label key={theme} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-8 border-2 border-control-border bg-canvas px-3 py-1 has-[:checked]:font-bold has-[:checked]:outline-2 has-[:checked]:outline-offset-2 has-[:checked]:outline-control-border">
              <input type="radio" name="theme" value={theme} defaultChecked={theme === current} className="size-5 accent-current" />
              <span aria-hidden="true" className={`inline-flex size-7 items-center justify-center rounded-4 border border-[#767676] text-sm font-bold ${swatch[theme]}`}>
                A
              </span>
              <span>
                {t(theme)}
                <span className="sr-only">（{t(`${theme}Hint`)}）</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="btn btn-secondary">
        {t("apply")}
      </button>
    </form>
  );
}
