package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		fmt.Println("server: computing square of", r.n)
		r.reply <- r.n * r.n
	}
	fmt.Println("server: shutting down")
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		r := request{n: i, reply: make(chan int)}
		reqs <- r
		fmt.Println("client: got", <-r.reply)
	}
	// several requests in flight with buffered replies
	replies := make([]chan int, 3)
	for i := range replies {
		replies[i] = make(chan int, 1)
		reqs <- request{n: 10 + i, reply: replies[i]}
	}
	for i, c := range replies {
		fmt.Println("client: reply", i, "=", <-c)
	}
	close(reqs)
	done := make(chan chan string)
	go func() {
		c := <-done
		c <- "pong from chan of chan"
	}()
	c := make(chan string)
	done <- c
	fmt.Println(<-c)
}
