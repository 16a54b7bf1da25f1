package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	fmt.Println(a, len(a), cap(a))
	a[0] = 20
	fmt.Println(base)

	// append within capacity overwrites base
	a = append(a, 50)
	fmt.Println(base, a)

	// 3-index slice limits capacity: append reallocates
	b := base[2:4:5]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 40)
	b = append(b, 41) // exceeds cap 3: new array
	b[0] = -2
	fmt.Println(base, b)

	// reslicing up to capacity
	c := base[:2]
	c = c[:cap(c)]
	fmt.Println(len(c), c[7])

	// copy
	dst := make([]int, 3)
	n := copy(dst, base)
	fmt.Println(n, dst)
	n = copy(dst, []int{9})
	fmt.Println(n, dst)
	// overlapping copy
	o := []int{1, 2, 3, 4, 5}
	copy(o[1:], o)
	fmt.Println(o)
	o = []int{1, 2, 3, 4, 5}
	copy(o, o[2:])
	fmt.Println(o)
	// copy from string
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)

	// slices of slices
	s := [][]int{{1}, {2, 3}}
	s[1] = append(s[1], 4)
	fmt.Println(s, len(s[1]))

	// nil vs empty
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, 1)
	fmt.Println(nilS)

	// full slice expressions on arrays
	arr := [5]int{1, 2, 3, 4, 5}
	sa := arr[1:3:4]
	fmt.Println(sa, len(sa), cap(sa))
	sa = append(sa, 9)
	fmt.Println(arr)

	// delete element i
	d := []string{"a", "b", "c", "d"}
	i := 1
	d = append(d[:i], d[i+1:]...)
	fmt.Println(d, len(d))

	// insert
	d = append(d[:1], append([]string{"X"}, d[1:]...)...)
	fmt.Println(d)
	// make with len and cap
	m := make([]int, 2, 10)
	fmt.Println(m, len(m), cap(m), len(m[:10]))
}
