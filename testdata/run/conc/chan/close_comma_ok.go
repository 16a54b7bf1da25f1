package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 10
	ch <- 20
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("recv %d: v=%d ok=%v len=%d\n", i, v, ok, len(ch))
	}
	s := make(chan string)
	close(s)
	v, ok := <-s
	fmt.Printf("closed string chan: %q %v\n", v, ok)

	type point struct{ X, Y int }
	p := make(chan point, 1)
	p <- point{1, 2}
	close(p)
	pv, pok := <-p
	fmt.Println(pv, pok)
	pv, pok = <-p
	fmt.Println(pv, pok)

	done := make(chan struct{})
	go func() {
		_, ok := <-done
		fmt.Println("goroutine woke, ok =", ok)
		close(s2)
	}()
	close(done)
	<-s2
	fmt.Println("end")
}

var s2 = make(chan int)
