// The declared Go API of package iter as chanscope provides it (see ../README.md).
export const source = String.raw`package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	n, s := pull(func(yield func(any) bool) {
		seq(func(v V) bool { return yield(v) })
	})
	next = func() (V, bool) {
		x, ok := n()
		v, _ := x.(V)
		return v, ok
	}
	return next, s
}

func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	n, s := pull(func(yield func(any) bool) {
		seq(func(k K, v V) bool { return yield(pair[K, V]{k, v}) })
	})
	next = func() (K, V, bool) {
		x, ok := n()
		p, _ := x.(pair[K, V])
		return p.k, p.v, ok
	}
	return next, s
}

type pair[K, V any] struct {
	k K
	v V
}

// pull is native: it runs seq as a coroutine of the calling goroutine (Go's
// runtime coro); next resumes seq until its next yield or its return, stop
// ends it. Both panic as Go's do on misuse.
func pull(seq func(yield func(any) bool)) (next func() (any, bool), stop func())
`;
