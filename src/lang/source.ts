// A source file and the mapping from UTF-16 offsets (what nodes carry) to Go's
// positions: 1-based line, and 1-based column counted in UTF-8 bytes, as gc and
// go/token report them (a tab is one column).

export interface Position {
  filename: string;
  line: number;
  column: number;
}

export class SourceFile {
  readonly lineStarts: number[];

  constructor(readonly name: string, readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  /** 0-based line index containing `offset`. */
  lineIndex(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const li = this.lineIndex(offset);
    const start = this.lineStarts[li];
    let col = 1;
    const stop = Math.min(offset, this.text.length);
    for (let i = start; i < stop; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) col += 1;
      else if (c < 0x800) col += 2;
      else if (c >= 0xd800 && c <= 0xdbff) { col += 4; i++; } // surrogate pair = one 4-byte rune
      else col += 3;
    }
    return { filename: this.name, line: li + 1, column: col };
  }
}
