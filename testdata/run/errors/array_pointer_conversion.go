// golden: by hand (Go 1.22+ semantics)
// Go 1.20 reworded this panic to "... to array or pointer to array with length N";
// Go 1.19 printed "... to pointer to array with length N". The goldens are the 1.19
// oracle's output with the message line changed to the newer wording.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[4]int)(s)
	p[0] = 10
	fmt.Println(s, *p)
	q := (*[2]int)(s[1:])
	fmt.Println(*q)
	r := (*[8]int)(s)
	fmt.Println(r)
}
