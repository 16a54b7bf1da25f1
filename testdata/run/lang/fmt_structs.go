package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	Any   interface{}
	f     float64
	Bytes []byte
}

type Empty struct{}

func main() {
	in := Inner{1, "x"}
	o := Outer{"o", in, nil, []Inner{{3, "z"}}, map[string]int{"b": 2, "a": 1}, 5, 1.5, []byte("hi")}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%v %+v\n", &in, &in)
	fmt.Printf("%#v\n", []Inner{{1, "a"}})
	fmt.Printf("%#v %#v %#v\n", map[string]int{"z": 1, "a": 2}, []string{"q"}, [2]bool{true})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", 3.0, int8(-3))
	fmt.Printf("%#v %#v %#v\n", uint(7), 'x', []byte{1, 2})
	fmt.Printf("%#v %#v\n", Empty{}, struct{ X, y int }{1, 2})
	var np *Inner
	var ns []int
	var nm map[string]int
	var ni interface{}
	var nf func()
	var nc chan int
	var ne error
	fmt.Println(np, ns, nm, ni, nf == nil, nc, ne)
	fmt.Printf("%v %v %v %v %v\n", np, ns, nm, ni, ne)
	fmt.Printf("%+v %#v %#v %#v %#v\n", ns, ns, nm, ni, np)
	fmt.Printf("%d %s\n", ns, ns)
	fmt.Printf("%T %T %T %T %T %T\n", o, &o, ns, nm, ni, nf)
	fmt.Printf("%T %T %T %T\n", 'a', byte(1), nc, struct{ A int }{})
	fmt.Printf("%T %T %T\n", [3]int{}, map[Inner][]*Inner{}, func(int, ...string) (bool, error) { return false, nil })
	// a nested non-nil pointer would print as an address (0xc...), so only nil here;
	// a top-level pointer to a struct prints as &{...}
	o.Ptr = &Inner{2, "y"}
	pp := &o.Ptr
	fmt.Println((*pp).B, **pp, *pp)
	fmt.Println([]*Inner{nil}[0])
	fmt.Printf("%v\n", []interface{}{1, "a", nil, 2.5, in, []int{}})
	fmt.Printf("%v|%d|%s\n", Inner{7, "s"}, Inner{7, "s"}, Inner{7, "s"})
	fmt.Printf("%x\n", Inner{255, "s"})
	fmt.Printf("%v\n", [][]int{{1, 2}, {}, nil})
	fmt.Printf("%v %+v\n", struct {
		P *int
		Q []string
	}{}, struct{ M map[int]bool }{})
}
