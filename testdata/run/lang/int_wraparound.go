package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	var i16 int16 = 300
	fmt.Println("int16*int16", i16*i16, int8(i16), uint8(i16))
	var u16 uint16 = 65535
	fmt.Println(u16+1, u16*u16)
	var i32 int32 = 1 << 30
	fmt.Println("int32", i32*4, i32*2, i32+i32+i32)
	var u32 uint32 = 1<<32 - 1
	fmt.Println("uint32", u32, u32+1, u32*u32)
	var i64 int64 = 1<<63 - 1
	fmt.Println("int64", i64, i64+1, i64*2, -i64-1)
	var u64 uint64 = 1<<64 - 1
	fmt.Println("uint64", u64, u64+1, u64*u64, u64/3)
	big := uint64(1<<53) + 1
	fmt.Println("past 2^53", big, big+2, big*3, uint64(9007199254740993)*7)
	x := int64(3037000500)
	y := int64(1 << 62)
	fmt.Println("mul overflow", x*x, y*3)
	var m int = 1 << 62
	fmt.Println("int", m*4, m*2, m+m-1)

	// conversions truncate/sign-extend
	m1, m2, big31, big70k, v200 := int8(-1), int8(-2), uint32(1<<31), 70000, 200
	fmt.Println(m1, uint8(m1), uint16(m2), int32(big31), uint64(int64(m1)))
	n := -1
	fmt.Println(uint32(n), uint(n), int16(big70k), int8(v200))
	// unary ^
	var ub uint8 = 0x0f
	fmt.Println(^ub, ^uint16(0), ^uint32(0), ^uint64(0), ^0, ^-5, ^int8(3))
	// bit ops
	fmt.Println(0xF0&0x3C, 0xF0|0x0F, 0xF0^0xFF, 0xF0&^0x30)
	fmt.Printf("%08b %08b\n", uint8(0b1011)<<4, int8(-16)>>2)
}
