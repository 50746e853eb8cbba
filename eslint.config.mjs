// Flat config. The layering rule keeps the pure domain free of Office.js, the DOM and the
// file system (style-anchors §8.2 rule 1).
import tseslint from "typescript-eslint";

const pureLayers = ["src/domain/**/*.ts"];

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "lib",
      "dist-ts",
      "coverage",
      "test-artifacts",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
    },
  },
  {
    files: pureLayers,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["fs", "fs/*", "node:*", "path", "react", "react-dom", "@fluentui/*"],
              message: "The domain is pure: no I/O, no UI.",
            },
            {
              group: [
                "**/docx/**",
                "**/office/**",
                "**/services/**",
                "**/taskpane/**",
                "**/cli/**",
              ],
              message: "The domain depends on nothing outside it.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Word", "Office", "document", "window"],
    },
  },
);
