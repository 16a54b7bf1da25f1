package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Balance() int { return a.balance }
func (a *Account) Name() string { return "account" }

func main() {
	var a *Account
	fmt.Println(a.Name())
	fmt.Println(a.Balance())
}
