import { ScrollTable } from "@/components/ui/ScrollTable";

/** What loading a save file left out or flags, item by item (ファイル読込確認 and after 読込む). */
export function LoadProblems({
  id,
  caption,
  headers,
  rows,
}: {
  id: string;
  caption: string;
  headers: [string, string];
  rows: { item: string; column: string; problem: string }[];
}) {
  return (
    <ScrollTable id={id} caption={caption} headers={headers}>
      {rows.map((r, i) => (
        <tr key={`${r.column}-${i}`} className="border-b border-rule align-top">
          <th scope="row" className="py-2 pr-4 text-left font-normal">
            <span className="font-bold">{r.item}</span>
            {r.item !== r.column && <span className="block text-sm text-muted">{r.column}</span>}
          </th>
          <td className="py-2">{r.problem}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
