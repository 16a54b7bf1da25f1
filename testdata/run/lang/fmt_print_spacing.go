package main

import (
	"fmt"
	"os"
)

type S string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, 4, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(S("s"), S("t"), 1, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Println("a", "b", 1, 2, "c")
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3)
	fmt.Println(len(s), s)
	s = fmt.Sprintln("a", 1, 2)
	fmt.Printf("%q\n", s)
	s = fmt.Sprintf("%d-%s", 1, "x")
	fmt.Println(s)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%5d\n", 3)
	fmt.Println(n)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "err %d\n", 3)
	fmt.Fprint(os.Stderr, "x", 1, 2, "\n")
	os.Stdout.WriteString("raw write\n")
	os.Stdout.Write([]byte("bytes write\n"))
	fmt.Print("no newline at end")
}
