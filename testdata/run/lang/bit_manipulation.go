package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func rotl32(x uint32, k uint) uint32 { return x<<k | x>>(32-k) }

func main() {
	for _, x := range []uint64{0, 1, 255, 1 << 63, 0xFFFFFFFFFFFFFFFF, 0xDEADBEEF} {
		fmt.Printf("%#x popcount=%d\n", x, popcount(x))
	}
	fmt.Printf("%08b -> %08b\n", uint8(0b00010110), reverseBits8(0b00010110))
	fmt.Printf("%#08x %#08x\n", rotl32(0x12345678, 8), rotl32(0x80000001, 1))
	x := 0b1011_0000
	fmt.Println(x&-x, x&(x-1), x|(x+1), x^(x>>1))
	var flags uint16
	set := func(bit uint) { flags |= 1 << bit }
	clr := func(bit uint) { flags &^= 1 << bit }
	has := func(bit uint) bool { return flags&(1<<bit) != 0 }
	set(0)
	set(3)
	set(15)
	clr(0)
	fmt.Printf("%016b %v %v %v\n", flags, has(0), has(3), has(15))
	// xor swap and tricks
	a, b := 12, 34
	a ^= b
	b ^= a
	a ^= b
	fmt.Println(a, b)
	isPow2 := func(n int) bool { return n > 0 && n&(n-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96), isPow2(1), isPow2(0))
	// sign extension vs zero extension
	var i8 int8 = -2
	fmt.Println(int32(i8), uint32(uint8(i8)), uint32(i8)>>28, i8>>1, uint8(i8)>>1)
	// hex/octal/binary literals and digit separators
	fmt.Println(0x_FF, 0o17, 017, 0b_1010, 1_000_000, 0x1p4, 0x.8p1)
	// masks and shifts on int64
	var v int64 = -1
	fmt.Println(v<<63, uint64(v)>>60, v>>63)
}
