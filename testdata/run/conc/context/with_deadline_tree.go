package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	parent, cancel := context.WithDeadline(context.Background(), start.Add(300*time.Millisecond))
	defer cancel()
	// a child asking for a later deadline keeps the parent's earlier one
	late, cancelLate := context.WithTimeout(parent, time.Hour)
	defer cancelLate()
	early, cancelEarly := context.WithTimeout(parent, 100*time.Millisecond)
	defer cancelEarly()
	for _, c := range []struct {
		name string
		ctx  context.Context
	}{{"parent", parent}, {"late", late}, {"early", early}} {
		d, _ := c.ctx.Deadline()
		fmt.Printf("%-6s deadline %s (+%v)\n", c.name, d.Format("15:04:05.000"), d.Sub(start))
	}
	for _, c := range []context.Context{early, late, parent} {
		<-c.Done()
		fmt.Printf("done at +%v: %v | parent=%v late=%v early=%v\n", time.Since(start), c.Err(), parent.Err(), late.Err(), early.Err())
	}
	past, cancelPast := context.WithDeadline(context.Background(), start)
	defer cancelPast()
	fmt.Println("deadline in the past:", past.Err())
}
