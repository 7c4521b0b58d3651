import {
  membersToCsv,
  membersToXlsx,
  parseCsv,
  parseXlsx,
  previewImport,
} from "../functions/api/src/members/import-export";
import { sampleMembers, sampleUnitIds } from "../functions/api/src/members/import-export/sample-members";

/**
 * Member import, parse + preview, for generated lists of 5.000 and 20.000 members, as CSV and XLSX.
 * The baseline is the cost floor measured in the same run: `split("\n")` then `split(",")` of the
 * same CSV text, which reads nothing correctly (quotes, BOM, ";") but shows what touching every
 * character costs on this machine. Printed as rows/second and as multiples of the baseline's time;
 * no threshold is asserted.
 */
const SIZES = (process.env.BENCH_SIZES ?? "5000,20000").split(",").map(Number);
const knownUnitIds = new Set<string>(sampleUnitIds);

/** Median of at least 3 timed runs after a warm-up, repeated until ~0.5 s is spent, so small cases are stable too. */
async function timeIt<T>(fn: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await fn();
  const times: number[] = [];
  let spent = 0;
  while (times.length < 3 || (spent < 500 && times.length < 200)) {
    const started = performance.now();
    result = await fn();
    const ms = performance.now() - started;
    times.push(ms);
    spent += ms;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

function line(label: string, rows: number, ms: number, baselineMs: number): string {
  const perSecond = (rows / ms) * 1000;
  return `  ${label.padEnd(30)} ${ms.toFixed(1).padStart(9)} ms ${perSecond.toFixed(0).padStart(11)} rows/s   ×${(ms / baselineMs).toFixed(1)} baseline time`;
}

async function main() {
  console.log("Member import: parse + preview (median of repeated runs, this machine, one process)");
  for (const size of SIZES) {
    const members = sampleMembers(size);
    const csvBytes = membersToCsv(members);
    const csvText = new TextDecoder().decode(csvBytes);
    const exportXlsx = await timeIt(() => membersToXlsx(members));
    const xlsxBytes = exportXlsx.result;

    const baseline = await timeIt(() => csvText.split("\n").map((row) => row.split(",")));
    const csv = await timeIt(() => previewImport({ ...parseCsv(csvBytes), knownUnitIds }));
    const csvParseOnly = await timeIt(() => parseCsv(csvBytes));
    const xlsx = await timeIt(async () => previewImport({ ...(await parseXlsx(xlsxBytes)), knownUnitIds }));
    const exportCsv = await timeIt(() => membersToCsv(members));
    for (const run of [csv, xlsx]) {
      if (run.result.valid.length !== size)
        throw new Error(`expected ${size} valid rows, got ${run.result.valid.length}`);
    }

    const kb = (bytes: Uint8Array) => `${(bytes.byteLength / 1024).toFixed(0)} KB`;
    console.log(`\n${size.toLocaleString("vi-VN")} rows (CSV ${kb(csvBytes)}, XLSX ${kb(xlsxBytes)})`);
    console.log(line("baseline split/split", size, baseline.ms, baseline.ms));
    console.log(line("CSV parse only", size, csvParseOnly.ms, baseline.ms));
    console.log(line("CSV parse + preview", size, csv.ms, baseline.ms));
    console.log(line("XLSX parse + preview", size, xlsx.ms, baseline.ms));
    console.log(line("export CSV (for reference)", size, exportCsv.ms, baseline.ms));
    console.log(line("export XLSX (for reference)", size, exportXlsx.ms, baseline.ms));
  }
}

void main();
