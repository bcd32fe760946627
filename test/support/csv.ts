/** The records of a CSV the chart exports (every cell quoted, CRLF line ends), by column name. */
export function csvRecords(csv: string): Record<string, string>[] {
  const rows = csv
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')));
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}
