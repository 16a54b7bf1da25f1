package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	default:
		return "consonant"
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for _, c := range []byte("hi you") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s))
	}
	fmt.Println()

	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		case 2:
			fmt.Print("two ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}

	switch x := 5 * 3; {
	case x > 10:
		fmt.Println("x big", x)
	default:
		fmt.Println("x small", x)
	}

	switch y := 7; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 7:
		fmt.Println("seven")
		break
		fmt.Println("not printed")
	}

	// case expressions evaluated in order, stopping at the first match
	f := func(n int) int { fmt.Print("eval", n, " "); return n }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched")
	case f(4):
		fmt.Println("no")
	}

	switch {
	}
	var iface interface{} = 3
	switch iface {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
	// default in the middle
	switch 9 {
	default:
		fmt.Println("default first")
	case 1:
		fmt.Println("one")
	}
}
