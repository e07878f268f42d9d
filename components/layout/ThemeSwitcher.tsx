import { getTranslations } from "next-intl/server";
import { themes, type Theme } from "@/lib/theme/themes";

/** 配色変更: a plain form (radio + submit) that sets the cookie on the server; no JavaScript needed. */
export async function ThemeSwitcher({
  current,
  returnTo,
  action,
}: {
  current: Theme;
  returnTo: string;
  action: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("theme");
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="returnTo" value={returnTo} />
      <fieldset>
        <legend className="text-lg font-bold">{t("heading")}</legend>
        <p className="text-muted">{t("description")}</p>
        <div className="mt-2 flex flex-wrap gap-3">
          {themes.map((theme) => (
            <label
              key={theme}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-8 border-2 border-control-border bg-canvas px-3 py-1 has-[:checked]:font-bold has-[:checked]:outline-2 has-[:checked]:outline-offset-2 has-[:checked]:outline-control-border"
            >
              <input
                type="radio"
                name="theme"
                value={theme}
                defaultChecked={theme === current}
                className="size-5 accent-current"
              />
              {/* A sample in that theme's own colours: the theme's variables apply inside it. */}
              <span
                aria-hidden="true"
                data-theme={theme}
                className="inline-flex size-7 items-center justify-center rounded-4 border border-control-border bg-canvas text-sm font-bold text-ink"
              >
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
