// Writing generated Markdown into a document between its `<!-- name:start -->` and `<!-- name:end -->` markers, for
// `npm run size -- --readme` and `npm run bench -- --contributing`.
import { readFileSync, writeFileSync } from "node:fs";

/** Replaces what lies between the `name` markers of the Markdown file at `path` with `content`. */
export function replaceMarkedBlock(path: string, name: string, content: string): void {
  const text = readFileSync(path, "utf8");
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path} has no ${start} … ${end} block`);
  writeFileSync(path, `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`);
}
