package main

import (
	"errors"
	"fmt"
)

type T struct {
	A *int
	B error
	C fmt.Stringer
}

func main() {
	b := fmt.Appendf(nil, "%d-%s", 1, "x")
	b = fmt.Append(b, " ", 2, 3)
	b = fmt.Appendln(b, "end")
	fmt.Printf("%q\n", b)

	var err error
	fmt.Println(fmt.Sprint(err), fmt.Sprintf("%v|%s|%d", err, err, err))
	fmt.Println(fmt.Sprint(nil, nil), fmt.Sprint("a", nil, "b"), fmt.Sprint(1, nil, 2))
	fmt.Printf("%+v\n", T{})
	fmt.Printf("%v\n", T{B: errors.New("e")})
	var sp *struct{ X int }
	fmt.Printf("%v %+v %s %d\n", sp, sp, sp, sp)
	var ip *int
	fmt.Println(ip)
	fmt.Printf("[%5v][%-5v]\n", nil, ip)
	ps := &[]int{1, 2}
	pm := &map[string]int{"a": 1}
	pa := &[2]string{"x", "y"}
	fmt.Println(ps, pm, pa)
	fmt.Printf("%v %+v %d\n", ps, pm, pa)
	type pt struct{ X, Y int }
	fmt.Println(&pt{1, 2}, []pt{{3, 4}}, [1]*pt{nil})
	fmt.Printf("%s\n", errors.New("an error"))
	fmt.Printf("%v %q\n", []error{nil, errors.New("x")}, []error{errors.New("y")})
}
