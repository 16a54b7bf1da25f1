package main

import (
	"fmt"
	"time"
)

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan<- string) {
	for {
		ball, ok := <-table
		if !ok {
			done <- name + " leaves the table"
			return
		}
		ball.hits++
		fmt.Println(name, ball.hits, time.Now().Format("05.000"))
		time.Sleep(100 * time.Millisecond)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- new(Ball)
	time.Sleep(1050 * time.Millisecond)
	ball := <-table
	fmt.Println("final hits:", ball.hits)
	close(table)
	fmt.Println(<-done)
	fmt.Println(<-done)
}
