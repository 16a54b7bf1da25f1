// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Go 1.20 strings.CutPrefix/CutSuffix and Go 1.21 strings.ContainsFunc.
func main() {
	for _, s := range []string{"v1.2.3", "1.2.3", "v", ""} {
		after, found := strings.CutPrefix(s, "v")
		fmt.Printf("%q -> %q %v\n", s, after, found)
	}
	for _, f := range []string{"main.go", "main_test.go", "README"} {
		base, ok := strings.CutSuffix(f, ".go")
		fmt.Println(f, base, ok)
	}
	token, ok := strings.CutPrefix("Bearer abc.def", "Bearer ")
	fmt.Println(token, ok)
	fmt.Println(strings.CutPrefix("abc", ""))
	fmt.Println(strings.CutSuffix("abc", "abc"))
	fmt.Println(strings.ContainsFunc("hello1", unicode.IsDigit), strings.ContainsFunc("hello", unicode.IsDigit))
}
