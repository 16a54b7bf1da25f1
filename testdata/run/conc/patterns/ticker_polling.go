package main

import (
	"fmt"
	"time"
)

type job struct {
	readyAt time.Time
	status  string
}

func (j *job) poll() string {
	if time.Now().Before(j.readyAt) {
		return "pending"
	}
	return "done"
}

func main() {
	start := time.Now()
	j := &job{readyAt: start.Add(730 * time.Millisecond)}
	poll := time.NewTicker(200 * time.Millisecond)
	defer poll.Stop()
	timeout := time.NewTimer(2 * time.Second)
	defer timeout.Stop()
	attempts := 0
	for {
		select {
		case <-poll.C:
			attempts++
			s := j.poll()
			fmt.Printf("poll %d at %v: %s\n", attempts, time.Since(start), s)
			if s == "done" {
				fmt.Println("stopped timeout timer:", timeout.Stop())
				return
			}
			if attempts == 2 {
				poll.Reset(100 * time.Millisecond)
				fmt.Println("polling faster now")
			}
		case <-timeout.C:
			fmt.Println("gave up")
			return
		}
	}
}
