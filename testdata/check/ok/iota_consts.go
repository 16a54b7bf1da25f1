// Constants: iota patterns (skips, expressions, bit flags), typed and untyped
// constants, exact arithmetic on big untyped constants, shifts.
package main

import (
	"fmt"
	"math"
	"time"
)

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
)

const (
	a, b = iota, iota * 10
	c, d
)

const huge = 1 << 100
const ratio = huge >> 98
const pi2 = math.Pi * 2
const greeting = "hello, " + "world"
const timeout = 3 * time.Second

func main() {
	fmt.Println(Sunday, Monday, Thursday, int(Thursday))
	p := Read | Exec
	fmt.Println(p&Write == 0, p&Exec != 0, Read, Write, Exec)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d)
	fmt.Println(ratio, pi2 > 6, len(greeting), timeout)
	var f32 float32 = huge >> 90
	var u8 uint8 = 255
	u8++
	fmt.Println(f32, u8, math.MaxInt64, uint64(math.MaxUint64))
	const big = 1e300 * 1e300 / 1e300
	fmt.Println(big > 1, 7/2, 7/2.0, -7%3, 1<<62)
	x := 1
	fmt.Println(x<<3, x<<(x+62), ^0, ^uint8(1))
}
