package main

func main() {
	var s []int
	s[0] = 1
}
