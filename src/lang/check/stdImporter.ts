// The importer for chanscope's standard packages: each import path maps to
// Go source declaring the package's API (src/stdlib/api); the source is parsed
// and type-checked with this same checker on first use (recursively for its
// own imports) and cached for the life of the process.

import { stdlibApi } from '../../stdlib/api/index.js';
import type * as ast from '../ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { parseFile } from '../parser.js';
import { SourceFile } from '../source.js';
import { type Importer, checkPackage } from './checker.js';
import type { Info, Package } from './package.js';

interface Loaded {
  pkg: Package;
  info: Info;
  /** Problems in the declared API itself (should be none; see stdImporter.test.ts). */
  diagnostics: Diagnostic[];
  /** The parsed source (the compiler needs the syntax of Go bodies). */
  files: { source: SourceFile; file: ast.File }[];
}

const loaded = new Map<string, Loaded>();
const loading = new Set<string>();

function load(path: string): Loaded | undefined {
  const cached = loaded.get(path);
  if (cached) return cached;
  const text = stdlibApi.get(path);
  if (text === undefined || loading.has(path)) return undefined;
  loading.add(path);
  try {
    const source = new SourceFile(`${path}.go`, text);
    const parsed = parseFile(source);
    const r = checkPackage(path, [{ source, file: parsed.file }], { importer: stdImporter, isApiPackage: true });
    const l: Loaded = { pkg: r.pkg, info: r.info, diagnostics: [...parsed.diagnostics, ...r.diagnostics], files: [{ source, file: parsed.file }] };
    loaded.set(path, l);
    return l;
  } finally {
    loading.delete(path);
  }
}

/** Resolves imports against the declared standard-library API. */
export const stdImporter: Importer = {
  importPackage(path: string): Package | undefined {
    return load(path)?.pkg;
  },
};

/** The checked API package for path, with its Info (for the compiler) and any diagnostics. */
export function loadStdPackage(path: string): Loaded | undefined {
  return load(path);
}
