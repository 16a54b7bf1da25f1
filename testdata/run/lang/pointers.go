package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int {
	x := v // escapes to heap
	return &x
}

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	p := newInt(5)
	q := newInt(5)
	fmt.Println(*p, *q, p == q, *p == *q)
	*p++
	fmt.Println(*p, *q)

	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	// pointer to struct field
	type S struct{ A, B int }
	s := S{1, 2}
	pb := &s.B
	*pb = 20
	fmt.Println(s)

	// pointer to slice element
	sl := []int{1, 2, 3}
	pe := &sl[1]
	*pe = 200
	fmt.Println(sl)
	sl = append(sl, 4, 5, 6, 7) // reallocates: pe now points at the old array
	*pe = -1
	fmt.Println(sl[1])

	// pointer to array element
	arr := [3]string{"a", "b", "c"}
	pa := &arr[2]
	*pa = "z"
	fmt.Println(arr)

	// linked list
	var head *Node
	for i := 5; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, "->")
	}
	fmt.Println("nil")

	// pointer to pointer
	pp := &p
	**pp = 42
	fmt.Println(*p)

	// new
	np := new(S)
	np.A = 3
	fmt.Println(*np, np.B)
	ni := new(int)
	fmt.Println(*ni)

	// closures keep locals alive
	var getters []func() int
	for i := 0; i < 3; i++ {
		v := i * 10
		getters = append(getters, func() int { return v })
	}
	fmt.Println(getters[0](), getters[1](), getters[2]())

	// struct pointer auto-deref
	ps := &S{7, 8}
	ps.A += ps.B
	fmt.Println(ps.A, (*ps).B)
	var nilp *S
	fmt.Println(nilp == nil)
}
