/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // Engine-backed suites (terraform, Suricata, Chromium) need time; none is a timing assertion.
  testTimeout: 600000,
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
};
