package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		fmt.Printf("trySend(%d) = %v len=%d\n", i, trySend(ch, i), len(ch))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Printf("tryRecv = %d %v\n", v, ok)
	}
	unbuf := make(chan int)
	fmt.Println("send on unbuffered without receiver:", trySend(unbuf, 9))
	v, ok := tryRecv(unbuf)
	fmt.Println("recv on unbuffered without sender:", v, ok)
	var nilc chan int
	fmt.Println("nil chan send:", trySend(nilc, 1))
	close(ch)
	v, ok = tryRecv(ch)
	fmt.Println("recv on closed:", v, ok)
	select {
	default:
		fmt.Println("select with only default")
	}
}
