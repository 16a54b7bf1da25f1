package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Moved(dx int) Point { p.X += dx; return p }

type Mover interface{ Moved(int) Point }

func main() {
	p := Point{1, 2}
	var i interface{} = p // copy
	p.X = 100
	fmt.Println(p, i)
	q := i.(Point)
	q.Y = -1
	fmt.Println(i, q)

	arr := [3]int{1, 2, 3}
	var ai interface{} = arr
	arr[0] = 9
	fmt.Println(arr, ai)

	var m Mover = p
	fmt.Println(m.Moved(1), p)

	// pointer in interface shares
	var pi interface{} = &p
	p.Y = 50
	fmt.Println(pi.(*Point).Y)

	// slices in interfaces share the backing array
	s := []int{1, 2}
	var si interface{} = s
	s[0] = 7
	fmt.Println(si)

	// interfaces compare by dynamic value
	var a, b interface{} = Point{1, 1}, Point{1, 1}
	fmt.Println(a == b)
	b = &Point{1, 1}
	fmt.Println(a == b)
	x, y := &Point{1, 1}, &Point{1, 1}
	var xi, yi interface{} = x, y
	fmt.Println(xi == yi, xi == interface{}(x))

	vals := []interface{}{p, &p, arr, s}
	for _, v := range vals {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
}
