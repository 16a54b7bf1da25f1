package main

import "fmt"

type service struct {
	quit chan struct{}
}

func (s *service) Stop() {
	fmt.Println("stopping, quit is nil:", s.quit == nil)
	close(s.quit)
}

func main() {
	s := &service{}
	defer fmt.Println("deferred in main runs while panicking")
	s.Stop()
}
