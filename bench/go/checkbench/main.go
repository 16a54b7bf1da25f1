// Measures go/parser + go/types throughput on one single-package program (the
// generated benchmark program). Imports are served by the source importer and
// warmed up first, so only the program itself is timed; the best of 7 counts.
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
	"time"
)

func main() {
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	for _, p := range []string{"fmt", "sync", "strings", "time"} {
		if _, err := imp.Import(p); err != nil {
			panic(err)
		}
	}
	best := time.Duration(1 << 62)
	for iter := 0; iter < 7; iter++ {
		start := time.Now()
		f, err := parser.ParseFile(fset, "prog.go", src, 0)
		if err != nil {
			panic(err)
		}
		conf := types.Config{Importer: imp}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
		if _, err := conf.Check("main", fset, []*ast.File{f}, info); err != nil {
			panic(err)
		}
		if d := time.Since(start); d < best {
			best = d
		}
	}
	out, _ := json.Marshal(map[string]any{"lines": strings.Count(string(src), "\n"), "bytes": len(src), "seconds": best.Seconds()})
	fmt.Println(string(out))
}
