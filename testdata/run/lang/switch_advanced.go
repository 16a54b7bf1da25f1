package main

import (
	"fmt"
	"strings"
)

type Token struct {
	Kind string
	Val  string
}

func classify(tokens []Token) (counts map[string]int) {
	counts = map[string]int{}
	for i, t := range tokens {
		switch t {
		case Token{"kw", "func"}, Token{"kw", "return"}:
			counts["important keyword"]++
			continue
		}
		switch k := strings.ToUpper(t.Kind); k {
		case "KW":
			counts["keyword"]++
		case "NUM":
			switch {
			case len(t.Val) > 2:
				counts["big number"]++
			default:
				counts["small number"]++
			}
		case "EOF":
			if i != len(tokens)-1 {
				counts["early eof"]++
				break
			}
			counts["eof"]++
		default:
			counts["other "+k]++
		}
	}
	return
}

func weekday(n int) (s string) {
	switch n % 7 {
	case 0, 6:
		s = "weekend"
	case 5:
		s = "friday, "
		fallthrough
	case 1, 2, 3, 4:
		s += "weekday"
	}
	return
}

func main() {
	toks := []Token{{"kw", "func"}, {"id", "main"}, {"num", "1"}, {"num", "1000"}, {"kw", "if"}, {"EOF", ""}, {"kw", "return"}, {"eof", ""}}
	fmt.Println(classify(toks))
	for i := 0; i < 8; i++ {
		fmt.Print(weekday(i), "; ")
	}
	fmt.Println()

	// break inside switch inside for only leaves the switch
	n := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			n += i
		}
	}
	fmt.Println(n)

	// switch on a function result with init statement
	switch f := strings.Fields("a b c"); len(f) {
	case 0:
		fmt.Println("none")
	case 3:
		fmt.Println("three:", f)
	}

	// switch with types: case order matters for interfaces
	var e interface{} = fmt.Errorf("x")
	switch e.(type) {
	case fmt.Stringer:
		fmt.Println("stringer")
	case error:
		fmt.Println("error")
	}
	// untyped constant switch values
	var u8 uint8 = 200
	switch u8 {
	case 100 + 100:
		fmt.Println("two hundred")
	}
	switch x := 5; {
	case x > 3 && x < 10:
		fmt.Println("between")
	}
}
