package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	fmt.Println("empty:", len(ch), cap(ch))
	for _, s := range []string{"a", "b", "c", "d"} {
		ch <- s
		fmt.Printf("after send %q: len=%d cap=%d\n", s, len(ch), cap(ch))
	}
	select {
	case ch <- "e":
		fmt.Println("unexpected: sent e")
	default:
		fmt.Println("buffer full, send of e would block")
	}
	for len(ch) > 0 {
		v := <-ch
		fmt.Printf("recv %q: len=%d\n", v, len(ch))
	}
	ch <- "x"
	ch <- "y"
	fmt.Println(<-ch, len(ch))
	ch <- "z"
	fmt.Println(<-ch, <-ch, len(ch))
	var nilch chan int
	fmt.Println("nil chan:", len(nilch), cap(nilch), nilch == nil)
}
