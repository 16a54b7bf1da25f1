package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{0, 1, 7, -3, 1 << 40} {
		r := rand.New(rand.NewSource(seed))
		fmt.Print("seed ", seed, ": ")
		for i := 0; i < 6; i++ {
			fmt.Print(r.Intn(1000), " ")
		}
		fmt.Println(r.Int63())
	}
	// same seed gives same sequence
	a := rand.New(rand.NewSource(99))
	b := rand.New(rand.NewSource(99))
	same := true
	for i := 0; i < 1000; i++ {
		if a.Int63() != b.Int63() {
			same = false
		}
	}
	fmt.Println("same:", same)
	// re-seeding
	src := rand.NewSource(5)
	first := src.Int63()
	src.Seed(5)
	fmt.Println(first == src.Int63())
	// global source seeded explicitly
	rand.Seed(2024)
	fmt.Println(rand.Intn(50), rand.Intn(50), rand.Intn(50), rand.Float64() < 1)
	// a histogram of dice rolls
	d := rand.New(rand.NewSource(3))
	counts := make([]int, 6)
	for i := 0; i < 600; i++ {
		counts[d.Intn(6)]++
	}
	fmt.Println(counts)
}
