// The floor of the export's memory benchmark: the least a Node program can do to write a history to JSON Lines (fetch
// each page, JSON.parse it, one JSON.stringify per log, written with backpressure, two pages ahead), with none of the
// client, so its peak RSS is the runtime's own. Run as the command is: `node export-floor.mjs export --customer ID
// --limit N --out DIR`, with COMPILOT_API_KEY and COMPILOT_BASE_URL in the environment.
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";

const argv = process.argv.slice(2);
const option = (name) => argv[argv.indexOf(name) + 1];
const [customer, limit, out] = [option("--customer"), Number(option("--limit")), option("--out")];
const base = process.env.COMPILOT_BASE_URL;
const headers = { authorization: `Bearer ${process.env.COMPILOT_API_KEY}` };
mkdirSync(out, { recursive: true });
const file = createWriteStream(join(out, `${customer}.jsonl`));

const get = async (page) => {
  const response = await fetch(`${base}/customers/${customer}/activity-logs?currentPage=${page}&limit=${limit}`, {
    headers,
  });
  if (!response.ok) throw new Error(`page ${page}: ${response.status}`);
  return JSON.parse(await response.text());
};

let page = await get(1);
const pages = Math.ceil(page.totalCount / limit);
const ahead = [];
for (let current = 1, next = 2; ; current++) {
  while (ahead.length < 2 && next <= pages) ahead.push(get(next++));
  let lines = "";
  for (const log of page.activityLogs) lines += `${JSON.stringify(log)}\n`;
  if (!file.write(lines)) await new Promise((resolve) => file.once("drain", resolve));
  if (current >= pages) break;
  page = await ahead.shift();
}
file.end();
