package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Print(x, " ")
	x -= 20
	fmt.Print(x, " ")
	x *= 3
	fmt.Print(x, " ")
	x /= 7
	fmt.Print(x, " ")
	x %= 10
	fmt.Print(x, " ")
	x <<= 4
	fmt.Print(x, " ")
	x >>= 2
	fmt.Print(x, " ")
	x |= 0x101
	fmt.Print(x, " ")
	x &= 0xF0F
	fmt.Print(x, " ")
	x ^= 0xFF
	fmt.Print(x, " ")
	x &^= 0x0F
	fmt.Println(x)
	x++
	x--
	x--
	fmt.Println(x)

	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
	u8 *= 3
	fmt.Println(u8)
	u8 <<= 1
	fmt.Println(u8)

	f := 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println(f)

	s := "go"
	s += "pher"
	s += s
	fmt.Println(s)

	arr := []int{1, 2, 3}
	i := 0
	arr[i] += 10
	arr[len(arr)-1] *= 5
	fmt.Println(arr)

	m := map[string]int{}
	m["a"] += 3
	m["a"]++
	m["b"]--
	fmt.Println(m)

	type P struct{ N int }
	p := &P{1}
	p.N += 41
	fmt.Println(p.N)

	c := 2 + 3i
	c *= 2
	c += 1i
	fmt.Println(c)
	var r rune = 'a'
	r += 2
	fmt.Println(r, string(r))
}
