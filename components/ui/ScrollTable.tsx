import type { ReactNode } from "react";

/** A data table that scrolls sideways on narrow screens (reflow at 320 px) and can be scrolled by keyboard. */
export function ScrollTable({
  id,
  caption,
  captionHidden,
  headers,
  children,
}: {
  id: string;
  caption: string;
  captionHidden?: boolean;
  headers: string[];
  children: ReactNode;
}) {
  return (
    <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby={id}>
      <table className="w-full border-collapse text-left">
        <caption id={id} className={captionHidden ? "sr-only" : "mb-2 text-left font-bold"}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-rule">
            {headers.map((h) => (
              <th key={h} scope="col" className="py-2 pr-4 last:pr-0">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
