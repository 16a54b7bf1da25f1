package main

import (
	"fmt"
	"sync"
	"time"
)

type config struct{ name string }

var (
	cfg     *config
	cfgOnce sync.Once
)

func getConfig(caller int) *config {
	cfgOnce.Do(func() {
		fmt.Println("loading config for caller", caller)
		time.Sleep(100 * time.Millisecond)
		cfg = &config{name: "prod"}
	})
	return cfg
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 10 * time.Millisecond)
			c := getConfig(i)
			fmt.Println("caller", i, "sees", c.name, "at", time.Since(start))
		}(i)
	}
	wg.Wait()
	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("once body, i =", i) })
	}
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("second Do after panic ran:", ran)
}
