package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "s"
	y
	z = iota
)

const typed int32 = 1 << 20
const big = 1 << 200
const fl = 1.0 / 3

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, int(Thursday))
	fmt.Printf("%v %d %T\n", Monday, Monday, Monday)
	p := Read | Exec
	fmt.Println(p, p&Write != 0, p&Exec != 0, Read, Write, Exec)
	fmt.Printf("%03b\n", p)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z)
	fmt.Printf("%T %v\n", typed, typed)
	fmt.Println(big>>198, big/big, fl*3 == 1)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	// untyped constant defaults
	var i = 7 / 2
	var g = 7 / 2.0
	var r = 'a' + 1
	fmt.Printf("%T %v %T %v %T %v\n", i, i, g, g, r, r)
	const c1 = 10
	var f32 float32 = c1 / 4
	var f64 = c1 / 4.0
	fmt.Println(f32, f64, c1/4)
	fmt.Println(len("hello"), len([3]int{}))
	const maxU = ^uint64(0)
	fmt.Println(maxU, uint32(maxU>>32))
}
