package main

import "fmt"

// Capacities printed here are the same in Go 1.19 and Go 1.22 (growslice doubles
// below 256 elements, then rounds up to the allocator's size class; 8-byte ints
// hit exact classes up to 32). Larger growth is printed only as len.
func main() {
	var s []int
	fmt.Println(len(s), cap(s), s == nil)
	last := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
			last = cap(s)
		}
	}
	fmt.Println(s)

	// appending several at once to nil: cap = exactly the needed length here
	t := append([]int(nil), 1, 2, 3)
	fmt.Println(len(t), cap(t))
	t = append(t, 4)
	fmt.Println(len(t), cap(t))

	u := make([]int, 0, 5)
	u = append(u, 1, 2, 3, 4, 5)
	fmt.Println(len(u), cap(u))
	u2 := append(u, 6)
	u2[0] = 100
	fmt.Println(u[0], u2[0], len(u2), cap(u2))

	big := make([]int, 0)
	for i := 0; i < 5000; i++ {
		big = append(big, i)
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum, cap(big) >= len(big))

	// append slice to itself
	v := []int{1, 2, 3}
	v = append(v, v...)
	fmt.Println(v)
	// append string to []byte
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b), len(b))
}
