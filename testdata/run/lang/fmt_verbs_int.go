package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%08x|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%o|%b\n", m, m, m, m, m, m, m, m, m)
	fmt.Printf("%c|%q|%U|%#U|%c\n", 'G', 'G', 0x1F600, 'é', 0x4e16)
	fmt.Printf("%*d|%-*d|%.*d\n", 6, 42, 4, 7, 3, 5)
	fmt.Printf("%.3d|%6.3d|%x|% x\n", 7, -7, "hi", "hi")
	fmt.Printf("%d %d %d %d\n", int8(-128), uint8(200), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("%x %X\n", uint64(1<<64-1), int64(-1<<63))
	fmt.Printf("%v %v\n", []int{1, -2}, [2]uint8{3, 4})
	fmt.Printf("%x %X %d\n", []int{10, 255}, [2]int{11, 12}, []int8{-1, 2})
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%3c|%-3c|%q|%+q|%#q\n", 'x', 'y', '\n', 'é', 'z')
	fmt.Printf("%08.3d|%+05d|%-+5d|%#5x|%# x\n", 12, 3, 3, 10, 10)
	fmt.Printf("%v %d\n", 'a', "a"[0])
	fmt.Printf("%6.2f|%-8s|%08.3f|%+d|%x|% x\n", 3.14159, "go", -2.5, 7, "AB", []byte{1, 171})
}
