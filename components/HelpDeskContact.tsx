import { Fragment } from "react";
import { helpDesk } from "@/lib/site";

type Line = { label: string; note?: string };

/** The help desk's phone and mail, as links, each with an optional note (hours). */
export function HelpDeskContact({ tel, mail }: { tel: Line; mail: Line }) {
  const rows = [
    { ...tel, href: `tel:${helpDesk.tel.replace(/-/g, "")}`, text: helpDesk.tel },
    { ...mail, href: `mailto:${helpDesk.mail}`, text: helpDesk.mail },
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3">
      {rows.map((r) => (
        <Fragment key={r.href}>
          <dt>{r.label}</dt>
          <dd>
            <a href={r.href}>{r.text}</a>
            {r.note && (
              <>
                <br />
                <span className="text-muted">{r.note}</span>
              </>
            )}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
