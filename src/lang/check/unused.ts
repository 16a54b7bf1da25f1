// Unused imports (go/types resolver.go unusedImports, gc's go1.20+ wording:
// `"os" imported and not used`, `"math/rand" imported as r and not used`) and
// function declarations without body, which gc reports only after
// successful type checking (`missing function body`).

import type { Checker } from './checker.js';

export function unusedImports(check: Checker): void {
  for (const obj of check.imports) {
    if (obj.used || obj.name === '_') continue;
    const path = obj.imported.path;
    const i = path.lastIndexOf('/');
    const elem = i >= 0 ? path.slice(i + 1) : path;
    if (obj.name === '' || obj.name === '.' || obj.name === elem) {
      check.softError(obj, `${JSON.stringify(path)} imported and not used`);
    } else {
      check.softError(obj, `${JSON.stringify(path)} imported as ${obj.name} and not used`);
    }
  }
}

/** `missing function body` for body-less functions, only if the package has no other error. */
export function reportMissingBodies(check: Checker): void {
  if (check.diagnostics.length > 0) return;
  for (const d of check.bodyless) {
    const saved = check.file;
    const f = check.info.funcDecls.get(d);
    if (f && f.file) check.file = f.file;
    check.error(d.name, 'missing function body');
    check.file = saved;
  }
}
