// Builds one compiled function: registers, instructions with their source
// positions, labels patched when the function is finished, and the mapping
// from the checker's objects to where their values live.
import type { Obj } from '../lang/check/objects.js';
import type { SourceFile } from '../lang/source.js';
import { FuncCode, type Instr } from '../vm/func.js';

/** Where a variable lives: a register holding the value, or a register holding its Box. */
export interface VarLoc {
  reg: number;
  boxed: boolean;
  /** For sync objects held in the variable: the name the trace shows. */
  traceName?: string;
}

/** A jump target; `pc` is set when the label is placed (instructions read it when finished). */
export class Label {
  pc = -1;
}

/** Makes the instruction once every label's pc is known; `pc` is its own index. */
export type InstrMaker = (pc: number) => Instr;

export class FuncBuilder {
  readonly makers: InstrMaker[] = [];
  /** For straight-line instructions (no jump, no switch): the work they do, for fusing. */
  readonly straight: (((r: unknown[]) => void) | undefined)[] = [];
  /** pcs that some jump targets (a fused run must not span one). */
  private readonly targets = new Set<number>();
  /** Fuse runs of straight-line instructions into one (off in preemptive mode: every instruction is a switch point). */
  fuse = true;
  readonly lines: number[] = [];
  readonly cols: number[] = [];
  readonly vars = new Map<Obj, VarLoc>();
  nregs: number;
  private curLine = 0;
  private curCol = 0;
  /** The next instruction emits trace events: it must start a fused run, so the frame's pc (and the event's position) is its own. */
  private tracePointNext = false;

  constructor(
    readonly code: FuncCode,
    readonly source: SourceFile | undefined,
    nparams: number,
  ) {
    this.nregs = nparams;
  }

  /** A fresh register. */
  reg(): number {
    return this.nregs++;
  }

  /** Subsequent instructions belong to this source offset. */
  at(offset: number): void {
    if (!this.source || offset < 0) return;
    const p = this.source.position(offset);
    this.curLine = p.line;
    this.curCol = p.column;
  }

  get pc(): number {
    return this.makers.length;
  }

  /** Marks the next instruction as one that emits trace events (make(chan), close, go). */
  tracePoint(): void {
    this.tracePointNext = true;
  }

  emit(mk: InstrMaker, straight?: (r: unknown[]) => void): number {
    if (this.tracePointNext) {
      this.targets.add(this.makers.length);
      this.tracePointNext = false;
    }
    this.makers.push(mk);
    this.straight.push(straight);
    this.lines.push(this.curLine);
    this.cols.push(this.curCol);
    return this.makers.length - 1;
  }

  place(l: Label): void {
    l.pc = this.makers.length;
    this.targets.add(l.pc);
  }

  jump(l: Label): void {
    this.jumps.set(this.makers.length, l);
    this.emit(() => {
      const target = l.pc;
      return () => target;
    });
  }

  /** Unconditional jumps by pc (a fused run ending in one continues at its target directly). */
  private readonly jumps = new Map<number, Label>();

  /** Conditional branches by pc: a branch followed by a straight run fuses with it. */
  readonly branches = new Map<number, { cond: (r: unknown[]) => unknown; ifFalse: Label }>();

  /**
   * Replaces the first instruction of each run of straight-line instructions
   * (with no jump target inside) by one that does the whole run; the others
   * stay in place, unreachable, so pcs do not change.
   */
  private fuseRuns(f: FuncCode): void {
    const st = this.straight;
    let i = 0;
    while (i < st.length) {
      const br = this.branches.get(i);
      if (br && st[i + 1] && !this.targets.has(i + 1)) {
        // if !cond goto ifFalse; <straight run>  (a loop test and its body, say)
        let j = i + 2;
        while (j < st.length && st[j] && !this.targets.has(j)) j++;
        const jumpAfter = !this.targets.has(j) ? this.jumps.get(j) : undefined;
        const run = st.slice(i + 1, j) as ((r: unknown[]) => void)[];
        const next = jumpAfter ? jumpAfter.pc : j;
        const target = br.ifFalse.pc;
        const cond = br.cond;
        f.code[i] = run.length === 1
          ? ((a) => (fr) => {
            const r = fr.r;
            if (!cond(r)) return target;
            a(r);
            return next;
          })(run[0])
          : (fr) => {
            const r = fr.r;
            if (!cond(r)) return target;
            for (let k = 0; k < run.length; k++) run[k](r);
            return next;
          };
        i = j;
        continue;
      }
      if (!st[i]) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < st.length && st[j] && !this.targets.has(j)) j++;
      // a run followed by a jump (a loop's post statement, say) continues at the jump's target
      const jumpAfter = !this.targets.has(j) ? this.jumps.get(j) : undefined;
      if (j - i >= 2 || jumpAfter) {
        const run = st.slice(i, j) as ((r: unknown[]) => void)[];
        const next = jumpAfter ? jumpAfter.pc : j;
        f.code[i] = run.length === 1
          ? ((a) => (fr) => {
            a(fr.r);
            return next;
          })(run[0])
          : run.length === 2
          ? ((a, b) => (fr) => {
            const r = fr.r;
            a(r);
            b(r);
            return next;
          })(run[0], run[1])
          : (fr) => {
            const r = fr.r;
            for (let k = 0; k < run.length; k++) run[k](r);
            return next;
          };
      }
      i = j;
    }
  }

  /** Fills in the FuncCode. `retMaker` makes the synthetic return-continue instruction. */
  finish(retMaker: InstrMaker): FuncCode {
    const f = this.code;
    f.retPc = this.makers.length;
    this.emit(retMaker);
    f.code = this.makers.map((mk, pc) => mk(pc));
    if (this.fuse) this.fuseRuns(f);
    f.lines = this.lines;
    f.cols = this.cols;
    f.nregs = this.nregs;
    return f;
  }
}
