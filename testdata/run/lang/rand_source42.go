package main

import (
	"fmt"
	"math/rand"
)

// chanscope must reproduce Go's exact math/rand generator (Additive Lagged
// Fibonacci seeded via seedrand) for rand.New(rand.NewSource(n)).
func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 10; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(r.Int63())
	}
	for i := 0; i < 5; i++ {
		fmt.Printf("%.15f\n", r.Float64())
	}
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Println(r.Int31(), r.Uint32(), r.Int31n(10), r.Int63n(1000000007), r.Uint64())
	fmt.Println(r.Intn(1<<40), r.Int63n(1<<62+1), r.Int())
	fmt.Printf("%.10f %.10f\n", r.Float32(), r.NormFloat64())
	fmt.Printf("%.10f\n", r.ExpFloat64())
}
