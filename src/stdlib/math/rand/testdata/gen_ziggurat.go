//go:build ignore

// gen_ziggurat prints FNV-1a hashes of the ziggurat tables of Go's
// math/rand (normal.go: kn, wn, fn; exp.go: ke, we, fe), read from the Go
// 1.19 sources (they are unexported), each entry as its uint32 bits (float32
// entries as math.Float32bits), for natives.test.ts. Run with Go 1.19:
//
//	go run src/stdlib/math/rand/testdata/gen_ziggurat.go
package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
)

func main() {
	dir := filepath.Join(runtime.GOROOT(), "src", "math", "rand")
	for _, t := range []struct{ file, name string }{{"normal.go", "kn"}, {"normal.go", "wn"}, {"normal.go", "fn"}, {"exp.go", "ke"}, {"exp.go", "we"}, {"exp.go", "fe"}} {
		src, err := os.ReadFile(filepath.Join(dir, t.file))
		if err != nil {
			panic(err)
		}
		m := regexp.MustCompile(`var ` + t.name + ` = \[\d+\](\w+)\{([^}]*)\}`).FindSubmatch(src)
		h := uint32(2166136261)
		n := 0
		for _, f := range strings.Split(string(m[2]), ",") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			var bits uint32
			if string(m[1]) == "uint32" {
				v, err := strconv.ParseUint(f, 0, 32)
				if err != nil {
					panic(err)
				}
				bits = uint32(v)
			} else {
				v, err := strconv.ParseFloat(f, 32)
				if err != nil {
					panic(err)
				}
				bits = math.Float32bits(float32(v))
			}
			for i := 0; i < 4; i++ {
				h = (h ^ uint32(byte(bits>>(8*i)))) * 16777619
			}
			n++
		}
		fmt.Printf("  %s: [0x%08x, %d],\n", t.name, h, n)
	}
}
