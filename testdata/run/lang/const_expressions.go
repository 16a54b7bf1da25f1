package main

import (
	"fmt"
	"math"
)

const (
	Pi2     = math.Pi * 2
	Greet   = "hello, " + "world"
	GLen    = len(Greet)
	Big     = 1 << 100
	Small   = Big >> 98
	Third   = 1.0 / 3.0
	Exact   = Third * 3
	MaxU8   = math.MaxUint8
	Letter  = 'a' + 25
	Shifted = 1.0 << 3 // untyped float constant used as an integer
	Neg     = -5 % 3
	Quo     = -7 / 2
	FQuo    = -7 / 2.0
	Cplx    = 2i * 2i
	Mixed   = 'x' * 2.0
	Huge    = 1e500 / 1e499
)

type Level uint8

const (
	Low Level = iota + 1
	Mid
	High
	Max = High * 80 // typed constant arithmetic stays in range
)

func main() {
	fmt.Println(Pi2, Greet, GLen)
	fmt.Println(Small, Exact == 1, MaxU8, Letter, string(rune(Letter)))
	fmt.Println(Shifted, Neg, Quo, FQuo, Cplx, Mixed, Huge)
	fmt.Printf("%T %T %T %T %T\n", Shifted, Letter, Cplx, Mixed, GLen)
	fmt.Println(Low, Mid, High, Max)
	fmt.Printf("%T %v\n", Max, Max)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64)
	const big = 1 << 62
	x := big / (1 << 60)
	fmt.Println(x, big%1000, uint64(Big>>37))
	fmt.Println(math.MaxInt64-1, math.MinInt64+1, -math.MaxInt8)
	fmt.Println(len([10]int{}), cap([4]string{}), len("日本"))
	const s = "héllo"
	fmt.Println(s[1], len(s), s[1:3] == "é")
	fmt.Println(1_0.5e1, 0x1Fp-2, 'a'+'b', "a"+"b")
}
