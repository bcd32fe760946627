/** The ✓/✗ list the Node checks print, and their exit: one failed check fails the script. */
export function checklist(title: string) {
  let passed = 0;
  let failed = 0;
  return {
    check(name: string, condition: boolean, detail: string): void {
      if (condition) passed++;
      else failed++;
      console.log(condition ? `  ✓ ${name}` : `  ✗ ${name}\n      ${detail}`);
    },
    finish(): never {
      console.log(`${title}: ${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}
