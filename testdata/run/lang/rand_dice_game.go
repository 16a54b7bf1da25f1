package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type player struct {
	name  string
	score int
}

func main() {
	rng := rand.New(rand.NewSource(2009))
	players := []*player{{name: "ann"}, {name: "bob"}, {name: "cyd"}}
	for round := 1; round <= 5; round++ {
		for _, p := range players {
			roll := rng.Intn(6) + 1 + rng.Intn(6) + 1
			p.score += roll
			fmt.Printf("round %d %s rolled %2d total %3d\n", round, p.name, roll, p.score)
		}
	}
	sort.Slice(players, func(i, j int) bool {
		if players[i].score != players[j].score {
			return players[i].score > players[j].score
		}
		return players[i].name < players[j].name
	})
	for i, p := range players {
		fmt.Println(i+1, p.name, p.score)
	}
	deck := make([]int, 52)
	for i := range deck {
		deck[i] = i
	}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck[:13])
	weights := []float64{0.5, 0.3, 0.2}
	picks := make([]int, 3)
	for i := 0; i < 1000; i++ {
		x := rng.Float64()
		for k, w := range weights {
			if x < w {
				picks[k]++
				break
			}
			x -= w
		}
	}
	fmt.Println(picks)
}
