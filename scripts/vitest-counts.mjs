// A Vitest reporter for scripts/test.mjs: writes {"passed", "failed"} to the file named by
// WK_UNIT_COUNTS when the run ends, and prints nothing (the default reporter does the printing).
import { writeFileSync } from 'node:fs';

export default class CountsReporter {
  onTestRunEnd(testModules, unhandledErrors) {
    let passed = 0;
    let failed = 0;
    for (const module of testModules) {
      passed += [...module.children.allTests('passed')].length;
      const failedHere = [...module.children.allTests('failed')].length;
      failed += failedHere;
      // A file that failed without a failed test (it could not load, or a hook threw) counts once.
      if (module.state() === 'failed' && failedHere === 0) failed++;
    }
    // An error outside every test (an unhandled rejection) fails the run: count it once.
    if (unhandledErrors.length) failed++;
    if (process.env.WK_UNIT_COUNTS) writeFileSync(process.env.WK_UNIT_COUNTS, JSON.stringify({ passed, failed }));
  }
}
