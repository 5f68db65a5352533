import type { NextConfig } from "next";

const config: NextConfig = {
  // This folder is its own project (its own lockfile), inside the package's repository.
  turbopack: { root: __dirname },
};

export default config;
