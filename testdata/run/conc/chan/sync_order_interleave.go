package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	for w := 0; w < 3; w++ {
		go func(id int) {
			for v := range ch {
				fmt.Printf("worker %d got %d\n", id, v)
			}
			fmt.Printf("worker %d exits\n", id)
			done <- struct{}{}
		}(w)
	}
	for i := 0; i < 9; i++ {
		fmt.Println("main sends", i)
		ch <- i
	}
	close(ch)
	for w := 0; w < 3; w++ {
		<-done
	}
	fmt.Println("all done")
}
