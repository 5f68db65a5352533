// Preloaded with `node --import` by the export's memory test and benchmark: writes the process's peak resident set
// size, in bytes, to the file named by MAX_RSS_FILE when the process exits.
import { writeFileSync } from "node:fs";

const file = process.env.MAX_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
