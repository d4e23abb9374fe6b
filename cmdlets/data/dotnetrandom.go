package data

import "math"

// seededRandom is what Get-Random uses after -SetSeed: .NET's
// System.Random seeded algorithm (Knuth's subtractive generator) with
// Next and NextDouble as Windows PowerShell 5.1 calls them, so that a
// seed gives the numbers PowerShell gives (Get-Random -SetSeed 23
// -Maximum 100 is 74).
type seededRandom struct {
	seed          [56]int32
	inext, inextp int
}

func newSeededRandom(seed int32) *seededRandom {
	const mbig = math.MaxInt32
	const mseed = 161803398
	r := &seededRandom{}
	sub := int32(mbig)
	if seed != math.MinInt32 {
		sub = seed
		if sub < 0 {
			sub = -sub
		}
	}
	mj := int32(mseed) - sub
	r.seed[55] = mj
	mk := int32(1)
	for i := 1; i < 55; i++ {
		ii := (21 * i) % 55
		r.seed[ii] = mk
		mk = mj - mk
		if mk < 0 {
			mk += mbig
		}
		mj = r.seed[ii]
	}
	for k := 1; k < 5; k++ {
		for i := 1; i < 56; i++ {
			r.seed[i] -= r.seed[1+(i+30)%55]
			if r.seed[i] < 0 {
				r.seed[i] += mbig
			}
		}
	}
	r.inext, r.inextp = 0, 21
	return r
}

// sample is System.Random.InternalSample.
func (r *seededRandom) sample() int32 {
	const mbig = math.MaxInt32
	i, j := r.inext+1, r.inextp+1
	if i >= 56 {
		i = 1
	}
	if j >= 56 {
		j = 1
	}
	v := r.seed[i] - r.seed[j]
	if v == mbig {
		v--
	}
	if v < 0 {
		v += mbig
	}
	r.seed[i] = v
	r.inext, r.inextp = i, j
	return v
}

// float is System.Random.Sample(): [0, 1).
func (r *seededRandom) float() float64 { return float64(r.sample()) * (1.0 / math.MaxInt32) }

// intRange is System.Random.Next(lo, hi).
func (r *seededRandom) intRange(lo, hi int64) int64 {
	rng := hi - lo
	if rng <= math.MaxInt32 {
		return int64(r.float()*float64(rng)) + lo
	}
	// GetSampleForLargeRange.
	res := r.sample()
	if r.sample()%2 == 0 {
		res = -res
	}
	d := (float64(res) + (math.MaxInt32 - 1)) / (2*math.MaxInt32 - 1)
	return int64(d*float64(rng)) + lo
}
