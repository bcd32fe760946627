// The elements' suites against Lit's development build (npm run test:lit-dev), which a
// reader's dev server uses (`vite`, `next dev`): Lit checks more there, and says so on the
// console ("change-in-update": an update that asks for another). Each such warning fails the test
// that was running (reported as an uncaught error, so that the code under test runs as it would);
// Lit's notice that it is in development mode is expected once.
import base from './web-test-runner.config.mjs';

const failOnLitWarnings = `
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    warn(...args);
    const text = args.map(String).join(' ');
    if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) reportError(new Error('Lit development-build warning: ' + text));
  };`;

export default {
  ...base,
  // The elements' and controllers' suites: every state a reader reaches (not the distribution,
  // embed and SSR suites, whose new documents print Lit's development-mode notice again).
  files: ['test/components/**/*.test.ts', 'test/controllers/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  testRunnerHtml: (framework) =>
    `<!doctype html><html><body><script type="module">${failOnLitWarnings}</script><script type="module" src="${framework}"></script></body></html>`,
};
