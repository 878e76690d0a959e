const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// TEST_TYPE picks one layer of the suite; scripts/test.mjs runs them in turn.
const LAYERS = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  modules: ["**/src/modules/*/__tests__/**/*.[jt]s"],
  http: ["**/integration-tests/http/*.spec.[jt]s"],
  browser: ["**/integration-tests/browser/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true, decorators: true },
          target: "es2021",
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  // The example storefront is its own app with its own packages and build.
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/examples/"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/examples/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: LAYERS[process.env.TEST_TYPE] ?? LAYERS.unit,
  testTimeout: 120000,
  testResultsProcessor: "./scripts/jest-results.js",
}
