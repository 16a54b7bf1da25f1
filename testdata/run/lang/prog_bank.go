package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int64 // cents
	History []string
}

type Bank struct{ accounts map[string]*Account }

func (b *Bank) Open(id string, cents int64) {
	b.accounts[id] = &Account{ID: id, Balance: cents}
}

func (b *Bank) Transfer(from, to string, cents int64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer %s->%s: unknown account %q", from, to, from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer %s->%s: unknown account %q", from, to, to)
	}
	if src.Balance < cents {
		return fmt.Errorf("transfer %s->%s of %s: %w", from, to, money(cents), ErrInsufficient)
	}
	src.Balance -= cents
	dst.Balance += cents
	src.History = append(src.History, "-"+money(cents))
	dst.History = append(dst.History, "+"+money(cents))
	return nil
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	b.Open("alice", 10000)
	b.Open("bob", 2550)
	b.Open("carol", 0)
	txs := []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 1999}, {"bob", "carol", 5000}, {"bob", "carol", 4549}, {"dave", "bob", 1}, {"carol", "alice", 1}}
	for _, tx := range txs {
		if err := b.Transfer(tx.from, tx.to, tx.amt); err != nil {
			fmt.Println("error:", err, "| insufficient:", errors.Is(err, ErrInsufficient))
		} else {
			fmt.Println("ok", tx.from, "->", tx.to, money(tx.amt))
		}
	}
	ids := make([]string, 0, len(b.accounts))
	var total int64
	for id, a := range b.accounts {
		ids = append(ids, id)
		total += a.Balance
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-6s %10s %v\n", id, money(a.Balance), a.History)
	}
	fmt.Println("total", money(total), money(-1234))
}
