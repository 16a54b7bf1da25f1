// golden: by hand (Go 1.22+ semantics)
package main

import "fmt"

// Go 1.22 per-iteration loop variables seen from deferred closures, goroutines
// and taken addresses (Go 1.21 would print "3 3 3", "yy" and c/c/c).
func deferred() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
}

func main() {
	deferred()
	fmt.Println()
	var prints []func()
	for _, w := range []string{"x", "y"} {
		prints = append(prints, func() { fmt.Print(w) })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	done := make(chan string)
	for _, name := range []string{"a", "b", "c"} {
		go func() { done <- name }()
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-done] = true
	}
	fmt.Println(got)
	var addrs []*int
	for i := 0; i < 3; i++ {
		addrs = append(addrs, &i)
	}
	fmt.Println(addrs[0] != addrs[1], *addrs[0], *addrs[2])
}
