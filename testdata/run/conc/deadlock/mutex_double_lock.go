package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	fmt.Println("deposited", n, "checking balance...")
	fmt.Println("balance", a.Balance()) // re-locks: Go mutexes are not reentrant
}

func main() {
	a := &account{}
	a.Deposit(10)
}
