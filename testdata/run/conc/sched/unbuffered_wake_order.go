package main

import "fmt"

func main() {
	ch := make(chan int)
	res := make(chan string, 10)
	for i := 0; i < 4; i++ {
		go func(id int) {
			v := <-ch
			fmt.Println("receiver", id, "got", v)
			res <- fmt.Sprint(id, ":", v)
		}(i)
	}
	for v := 100; v < 104; v++ {
		fmt.Println("send", v)
		ch <- v
	}
	for i := 0; i < 4; i++ {
		fmt.Println("result", <-res)
	}
}
