package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nb := append([]string(nil), g[n]...)
		sort.Strings(nb)
		for _, m := range nb {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

type Path []string

func (p Path) String() string { return strings.Join(p, " -> ") }

type Counter map[string]int

func (c Counter) Top() (string, int) {
	best, n := "", -1
	for k, v := range c {
		if v > n || (v == n && k < best) {
			best, n = k, v
		}
	}
	return best, n
}

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return "[" + f(req) + "]" }

type Server interface{ Serve(string) string }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Temps []Celsius

func (t Temps) Len() int           { return len(t) }
func (t Temps) Less(i, j int) bool { return t[i] < t[j] }
func (t Temps) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }

func main() {
	g := Graph{}
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"x", "y"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(Path(g.BFS("a")))
	fmt.Println(Path(g.BFS("x")))
	fmt.Println(len(g), g["d"])

	c := Counter{}
	for _, w := range strings.Fields("b a c b a b d") {
		c[w]++
	}
	fmt.Println(c.Top())

	var s Server = HandlerFunc(strings.ToUpper)
	fmt.Println(s.Serve("hello"))

	t := Temps{22.5, -3, 10, 37.25}
	sort.Sort(t)
	fmt.Println(t, t[0])
}
