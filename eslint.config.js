// ESLint flat config: the recommended rules of ESLint and typescript-eslint, plus the three type-aware promise rules
// (cheap: they reuse the project's tsconfig through the project service). `npm run lint` allows zero warnings.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // Generated code, build output and what .gitignore lists.
  {
    ignores: [
      "generated/",
      "dist/",
      "upstream/",
      "examples/nextjs/",
      "**/node_modules/",
      "test/.tmp/",
      ".bench/",
      "coverage/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      // `catch {}` is how "an invalid value is handled by the check after it" reads; a ternary or `&&` used as a
      // statement is a common idiom for "do one of two things".
      "no-empty": ["error", { allowEmptyCatch: true }],
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
      // `_`-prefixed names mark a parameter a signature needs but the body does not read.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Plain JavaScript: the consumer fixtures and the browser pages run in Node or a browser, untyped.
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        URL: "readonly",
        URLSearchParams: "readonly",
        location: "readonly",
        document: "readonly",
        window: "readonly",
        navigator: "readonly",
        fetch: "readonly",
        setTimeout: "readonly",
      },
    },
  },
  {
    // The CommonJS consumer fixture is CommonJS on purpose: it proves `require()` of the package works.
    files: ["test/consumers/cjs/**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
