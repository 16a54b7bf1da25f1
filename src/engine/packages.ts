// The packages a checked program consists of, in dependency order (imports
// before importers, main last), with their syntax and checker facts: what the
// compiler needs to compile Go bodies of standard packages too. Package runtime
// is always included: runtime errors are values of its types.
import type { CheckedPackage } from '../compile/programCompiler.js';
import type { CheckedProgram } from '../lang/checkProgram.js';
import { loadStdPackage } from '../lang/check/stdImporter.js';
import type { Package } from '../lang/check/package.js';

export function programPackages(checked: CheckedProgram): CheckedPackage[] | undefined {
  if (!checked.pkg || !checked.info || !checked.files) return undefined;
  const out: CheckedPackage[] = [];
  const done = new Set<string>();
  const visit = (p: Package): void => {
    if (done.has(p.path)) return;
    done.add(p.path);
    for (const dep of p.imports) visit(dep);
    const l = loadStdPackage(p.path);
    if (!l) throw new Error(`chanscope: package ${p.path} is not loaded`);
    out.push({ pkg: l.pkg, info: l.info, files: l.files });
  };
  const runtime = loadStdPackage('runtime');
  if (runtime) visit(runtime.pkg);
  for (const dep of checked.pkg.imports) visit(dep);
  out.push({ pkg: checked.pkg, info: checked.info, files: checked.files });
  return out;
}
