// golden: by hand (Go 1.22+ semantics)
// math/rand/v2's PCG source is deterministic: the first values for seeds (1, 2)
// are those Go's own pcg_test.go lists (0xc4f5a58656eef510, 0x9dcec3ad077dec6c).
// The top-level functions are randomly seeded in Go, so only their ranges are printed.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	p := rand.NewPCG(1, 2)
	fmt.Printf("%#x\n%#x\n", p.Uint64(), p.Uint64())
	n := rand.IntN(10)
	fmt.Println(n >= 0 && n < 10, rand.N(int64(5)) < 5, len(rand.Perm(7)))
	f := rand.Float64()
	fmt.Println(f >= 0 && f < 1)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.IntN(0)
}
