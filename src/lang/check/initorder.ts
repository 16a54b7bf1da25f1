// Package initialization order (go/types initorder.go, spec "Package
// initialization"): package-level variables are initialized in dependency
// order, ties broken by declaration order; functions are transparent
// (their dependencies are inherited); cycles are reported as
// `initialization cycle for x` / `initialization cycle: x refers to itself`.

import type { Checker } from './checker.js';
import type { Obj } from './objects.js';
import type { Initializer } from './package.js';

interface GraphNode {
  obj: Obj;
  pred: Set<GraphNode>;
  succ: Set<GraphNode>;
  index: number;
  ndeps: number;
}

function isDependency(obj: Obj): boolean {
  return obj.kind === 'const' || obj.kind === 'var' || obj.kind === 'func';
}

function dependencyGraph(check: Checker): GraphNode[] {
  const M = new Map<Obj, GraphNode>();
  for (const obj of check.objMap.keys()) {
    if (isDependency(obj)) M.set(obj, { obj, pred: new Set(), succ: new Set(), index: 0, ndeps: 0 });
  }
  for (const [obj, n] of M) {
    for (const d of check.objMap.get(obj)!.deps) {
      const dn = M.get(d);
      if (!dn) continue;
      n.succ.add(dn);
      dn.pred.add(n);
    }
  }
  const G: GraphNode[] = [];
  const funcG: GraphNode[] = [];
  for (const n of M.values()) (n.obj.kind === 'func' ? funcG : G).push(n);
  const cost = (n: GraphNode): number => n.pred.size * n.succ.size;
  funcG.sort((a, b) => cost(a) - cost(b) || a.obj.order - b.obj.order);
  for (const n of funcG) {
    for (const p of n.pred) {
      if (p === n) continue;
      for (const s of n.succ) {
        if (s === n) continue;
        p.succ.add(s);
        s.pred.add(p);
      }
      p.succ.delete(n);
    }
    for (const s of n.succ) s.pred.delete(n);
  }
  G.sort((a, b) => a.obj.order - b.obj.order);
  for (let i = 0; i < G.length; i++) {
    G[i].index = i;
    G[i].ndeps = G[i].succ.size;
  }
  return G;
}

/** A binary heap ordered by (ndeps, declaration order). */
class NodeQueue {
  readonly a: GraphNode[];
  constructor(nodes: GraphNode[]) {
    this.a = nodes;
    for (let i = (this.a.length >> 1) - 1; i >= 0; i--) this.down(i);
  }
  private less(i: number, j: number): boolean {
    const x = this.a[i];
    const y = this.a[j];
    return x.ndeps < y.ndeps || (x.ndeps === y.ndeps && x.obj.order < y.obj.order);
  }
  private swap(i: number, j: number): void {
    const t = this.a[i];
    this.a[i] = this.a[j];
    this.a[j] = t;
    this.a[i].index = i;
    this.a[j].index = j;
  }
  private up(j: number): void {
    while (j > 0) {
      const i = (j - 1) >> 1;
      if (i === j || !this.less(j, i)) break;
      this.swap(i, j);
      j = i;
    }
  }
  private down(i0: number): boolean {
    let i = i0;
    const n = this.a.length;
    for (;;) {
      const j1 = 2 * i + 1;
      if (j1 >= n) break;
      let j = j1;
      const j2 = j1 + 1;
      if (j2 < n && this.less(j2, j1)) j = j2;
      if (!this.less(j, i)) break;
      this.swap(i, j);
      i = j;
    }
    return i > i0;
  }
  fix(i: number): void {
    if (!this.down(i)) this.up(i);
  }
  pop(): GraphNode {
    const n = this.a.length - 1;
    this.swap(0, n);
    const x = this.a.pop()!;
    if (this.a.length > 0) this.down(0);
    x.index = -1;
    return x;
  }
  get length(): number {
    return this.a.length;
  }
}

function findPath(check: Checker, from: Obj, to: Obj, seen: Set<Obj>): Obj[] | undefined {
  if (seen.has(from)) return undefined;
  seen.add(from);
  const deps = [...check.objMap.get(from)!.deps].sort((a, b) => a.order - b.order);
  for (const d of deps) {
    if (d === to) return [d];
    const P = findPath(check, d, to, seen);
    if (P) {
      P.push(d);
      return P;
    }
  }
  return undefined;
}

function reportCycle(check: Checker, cycle: Obj[]): void {
  let obj = cycle[0];
  if (cycle.length === 1) {
    check.error(obj, `initialization cycle: ${obj.name} refers to itself`);
    return;
  }
  const err = check.newError();
  err.addf(obj, `initialization cycle for ${obj.name}`);
  for (let i = cycle.length - 1; i >= 0; i--) {
    err.addf(obj, `${obj.name} refers to`);
    obj = cycle[i];
  }
  err.addf(obj, obj.name);
  err.report();
}

export function initOrder(check: Checker): void {
  const order: Initializer[] = [];
  const pq = new NodeQueue(dependencyGraph(check));
  const emitted = new Set<object>();
  while (pq.length > 0) {
    const n = pq.pop();
    if (n.ndeps > 0) {
      const cycle = findPath(check, n.obj, n.obj, new Set());
      if (cycle) reportCycle(check, cycle);
    }
    for (const p of n.pred) {
      p.ndeps--;
      if (p.index >= 0) pq.fix(p.index);
    }
    if (n.obj.kind !== 'var') continue;
    const info = check.objMap.get(n.obj)!;
    if (info.init === undefined) continue;
    if (emitted.has(info)) continue;
    emitted.add(info);
    order.push({ lhs: info.lhs ?? [n.obj], rhs: info.init });
  }
  check.info.initOrder = order;
}
