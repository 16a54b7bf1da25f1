package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int          { return p.X + p.Y }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Counter int

func (c *Counter) Inc()    { *c++ }
func (c Counter) Get() int { return int(c) }

func apply(f func(int), n int) {
	for i := 0; i < n; i++ {
		f(i + 1)
	}
}

func main() {
	p := Point{1, 2}
	sum := p.Sum // value receiver bound now: copies p
	p.X = 100
	fmt.Println(sum(), p.Sum())

	scale := p.Scale // pointer receiver: &p bound
	scale(2)
	fmt.Println(p)

	// method expressions
	fsum := Point.Sum
	fscale := (*Point).Scale
	fadd := Point.Add
	q := Point{3, 4}
	fscale(&q, 10)
	fmt.Println(fsum(q), fadd(q, Point{1, 1}))
	psum := (*Point).Sum // value method via pointer type
	fmt.Println(psum(&q))

	var c Counter
	inc := c.Inc
	inc()
	inc()
	apply(func(int) { c.Inc() }, 3)
	fmt.Println(c, c.Get())

	get := c.Get
	c = 50
	fmt.Println(get(), c.Get())

	// method value through interface
	var s fmt.Stringer = Name("gopher")
	str := s.String
	fmt.Println(str())

	fns := map[string]func(Point) int{
		"sum":  Point.Sum,
		"prod": func(p Point) int { return p.X * p.Y },
	}
	fmt.Println(fns["sum"](Point{3, 5}), fns["prod"](Point{3, 5}))
}

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }
