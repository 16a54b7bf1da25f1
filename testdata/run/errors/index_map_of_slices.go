package main

import "fmt"

func main() {
	groups := map[string][]string{"admins": {"root"}}
	fmt.Println(groups["admins"][0])
	fmt.Println(len(groups["users"]))
	fmt.Println(groups["users"][0])
}
