package main

import (
	"fmt"
	"sync"
	"time"
)

type Server struct {
	quit     chan struct{}
	wg       sync.WaitGroup
	requests chan int
}

func (s *Server) worker(id int) {
	defer s.wg.Done()
	for {
		select {
		case r := <-s.requests:
			fmt.Printf("%4v worker %d handling request %d\n", time.Since(start), id, r)
			time.Sleep(time.Duration(40+id*25) * time.Millisecond)
			fmt.Printf("%4v worker %d finished request %d\n", time.Since(start), id, r)
		case <-s.quit:
			fmt.Printf("%4v worker %d shutting down\n", time.Since(start), id)
			return
		}
	}
}

var start = time.Now()

func main() {
	s := &Server{quit: make(chan struct{}), requests: make(chan int)}
	for i := 1; i <= 2; i++ {
		s.wg.Add(1)
		go s.worker(i)
	}
	for r := 1; r <= 5; r++ {
		s.requests <- r
		time.Sleep(15 * time.Millisecond)
	}
	fmt.Printf("%4v shutdown requested\n", time.Since(start))
	close(s.quit)
	s.wg.Wait()
	fmt.Printf("%4v server stopped cleanly\n", time.Since(start))
}
