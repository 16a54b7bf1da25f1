// Channel ping-pong: 1M messages between two goroutines over unbuffered channels.
package main

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 500000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	println(sum)
}
