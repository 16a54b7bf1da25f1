// checkProgram: the whole front end as `go build` runs it.
import { describe, expect, it } from 'vitest';
import { checkProgram } from './checkProgram.js';

describe('checkProgram', () => {
  it('type-checks a valid program and returns its Info', () => {
    const r = checkProgram([{ name: 'prog.go', text: 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n' }]);
    expect(r.lines).toEqual([]);
    expect(r.pkg?.name).toBe('main');
    expect(r.info?.types.size).toBeGreaterThan(0);
  });

  it('does not type-check after syntax errors', () => {
    const r = checkProgram([{ name: 'prog.go', text: 'package main\n\nfunc main() {\n\tx := \n}\n\nvar y int = "s"\n' }]);
    expect(r.lines.length).toBeGreaterThan(0);
    expect(r.lines.every((l) => l.includes('syntax error'))).toBe(true);
    expect(r.info).toBeUndefined();
  });

  it('checks all files of the package together', () => {
    const r = checkProgram([
      { name: 'a.go', text: 'package main\n\nfunc main() { helper(1) }\n' },
      { name: 'b.go', text: 'package main\n\nfunc helper() {}\n' },
    ]);
    expect(r.lines).toEqual(['a.go:3:22: too many arguments in call to helper\n\thave (number)\n\twant ()']);
  });

  it('reports unavailable packages once, at the import', () => {
    const r = checkProgram([{ name: 'prog.go', text: 'package main\n\nimport "net/http"\n\nfunc main() { _ = http.Get }\n' }]);
    expect(r.lines).toEqual(['prog.go:3:8: package net/http is not available in chanscope']);
  });

  it('reports a missing main function only when everything else is fine', () => {
    const ok = checkProgram([{ name: 'prog.go', text: 'package main\n\nfunc helper() {}\n' }]);
    expect(ok.lines).toEqual(['prog.go:1:9: function main is undeclared in the main package']);
    const bad = checkProgram([{ name: 'prog.go', text: 'package main\n\nvar x int = "s"\n' }]);
    expect(bad.lines).toEqual(['prog.go:3:13: cannot use "s" (untyped string constant) as int value in variable declaration']);
  });

  it('reports missing function bodies only for otherwise clean programs', () => {
    const r = checkProgram([{ name: 'prog.go', text: 'package main\n\nfunc f()\n\nfunc main() { f() }\n' }]);
    expect(r.lines).toEqual(['prog.go:3:6: missing function body']);
  });
});
