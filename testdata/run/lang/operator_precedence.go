package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Print(name, " ")
	return v
}

func main() {
	fmt.Println(2+3*4, (2+3)*4, 10-4-3, 100/10/5, 7%4*2, -2*-3)
	fmt.Println(1<<2+1, 1<<(2+1), 6&3|8, 6^3&1, 0xF0|0x0F&0x3C)
	fmt.Println(2*3<<1, 8>>1*2, 5&^3+1)
	fmt.Println(3 > 2 && 2 > 1 || false, !(3 > 2) || 1 == 1 && 0 == 1)
	fmt.Println(1+2 == 3 && 2*2 == 4, 3 < 4 == true)
	a, b := 5, 3
	fmt.Println(a+b*a-b, (a+b)*(a-b), a*b%4, -a/b, -a%b, ^a+1)
	fmt.Println(t("A", true) || t("B", true))
	fmt.Println(t("C", false) && t("D", true))
	fmt.Println(t("E", false) || t("F", true) && t("G", false))
	fmt.Println(t("H", true) && t("I", false) || t("J", true))
	x := 10
	y := x*2 + 1>>1
	fmt.Println(y)
	p := &x
	*p = *p * *p
	fmt.Println(x, -*p, ^*p)
	s := []int{1, 2, 3}
	fmt.Println(-s[1]*2, len(s)*2-1)
	fmt.Println(5.0/2, 5/2, 5/2.0, float64(5)/2, float64(5/2))
	ch := make(chan int, 1)
	ch <- 4
	fmt.Println(<-ch * 3)
}
