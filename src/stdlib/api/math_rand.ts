// The declared Go API of package math/rand as chanscope provides it (see ../README.md).
export const source = String.raw`package rand

// The generator (Go's additive lagged Fibonacci source) and the methods
// deriving values from it are implemented natively with Go's exact
// algorithms, so seeded sequences match real Go.

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a new pseudo-random Source seeded with the given value
// (Go's additive lagged Fibonacci generator, rng.go, implemented natively).
func NewSource(seed int64) Source {
	rng := &rngSource{}
	rng.Seed(seed)
	return rng
}

type rngSource struct {
	gen any
}

func (rng *rngSource) Seed(seed int64)

func (rng *rngSource) Int63() int64

func (rng *rngSource) Uint64() uint64

type Rand struct {
	src Source
	s64 Source64

	readVal int64
	readPos int
}

func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64)
func (r *Rand) Int63() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int31() int32
func (r *Rand) Int() int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Intn(n int) int
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Read(p []byte) (n int, err error)
func (r *Rand) ExpFloat64() float64
func (r *Rand) NormFloat64() float64

func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func Read(p []byte) (n int, err error)
func NormFloat64() float64
func ExpFloat64() float64
`;
