package main

import "fmt"

type Stats struct{ sum, count int64 }

func (s Stats) Mean() int64 { return s.sum / s.count }

func main() {
	s := Stats{10, 4}
	fmt.Println(s.Mean())
	var f float64
	fmt.Println(1/f, -1/f)
	s = Stats{}
	fmt.Println(s.Mean())
}
