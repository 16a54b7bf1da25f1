package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 100; i < 105; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB, n, closed := 0, 0, 0, 0
	fmt.Println("a nil?", a == nil, "b nil?", b == nil)
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				closed++
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				closed++
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println("sumA", sumA, "sumB", sumB, "count", n, "closed", closed)
	fmt.Println("a nil?", a == nil, "b nil?", b == nil)
}
