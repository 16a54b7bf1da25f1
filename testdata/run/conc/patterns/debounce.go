package main

import (
	"fmt"
	"sync"
	"time"
)

// Debouncer calls fn once the events stop arriving for quiet time.
type Debouncer struct {
	mu    sync.Mutex
	quiet time.Duration
	timer *time.Timer
	count int
	fn    func(n int)
}

func (d *Debouncer) Trigger() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.count++
	if d.timer != nil {
		d.timer.Stop()
	}
	n := d.count
	d.timer = time.AfterFunc(d.quiet, func() {
		d.mu.Lock()
		d.count = 0
		d.mu.Unlock()
		d.fn(n)
	})
}

func main() {
	start := time.Now()
	fired := make(chan bool, 4)
	d := &Debouncer{quiet: 50 * time.Millisecond, fn: func(n int) {
		fmt.Printf("%4dms save after %d keystrokes\n", time.Since(start).Milliseconds(), n)
		fired <- true
	}}
	gaps := []int{0, 10, 20, 30, 100, 10, 45, 200, 5}
	for _, g := range gaps {
		time.Sleep(time.Duration(g) * time.Millisecond)
		fmt.Printf("%4dms keystroke\n", time.Since(start).Milliseconds())
		d.Trigger()
	}
	time.Sleep(time.Second)
	fmt.Println("saves:", len(fired))
}
