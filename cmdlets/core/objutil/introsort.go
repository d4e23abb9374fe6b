package objutil

import "math/bits"

// IntroSort sorts s in place with exactly the algorithm of .NET's
// Array.Sort / List<T>.Sort (introspective sort: median-of-three
// quicksort, insertion sort for partitions of 16 or fewer, heapsort past
// the depth limit). It is not stable, and Sort-Object without -Stable
// relies on that: equal keys come out in the order .NET leaves them,
// which scripts and documentation examples show.
func IntroSort[T any](s []T, cmp func(a, b T) int) {
	if len(s) < 2 {
		return
	}
	introSort(s, 0, len(s)-1, 2*(bits.Len(uint(len(s)))-1+1), cmp)
}

const introsortThreshold = 16

func introSort[T any](s []T, lo, hi, depth int, cmp func(a, b T) int) {
	for hi > lo {
		n := hi - lo + 1
		if n <= introsortThreshold {
			switch n {
			case 2:
				swapIfGreater(s, cmp, lo, hi)
			case 3:
				swapIfGreater(s, cmp, lo, hi-1)
				swapIfGreater(s, cmp, lo, hi)
				swapIfGreater(s, cmp, hi-1, hi)
			default:
				insertionSort(s, lo, hi, cmp)
			}
			return
		}
		if depth == 0 {
			heapSort(s, lo, hi, cmp)
			return
		}
		depth--
		p := pickPivotAndPartition(s, lo, hi, cmp)
		introSort(s, p+1, hi, depth, cmp)
		hi = p - 1
	}
}

func swapIfGreater[T any](s []T, cmp func(a, b T) int, i, j int) {
	if i != j && cmp(s[i], s[j]) > 0 {
		s[i], s[j] = s[j], s[i]
	}
}

func pickPivotAndPartition[T any](s []T, lo, hi int, cmp func(a, b T) int) int {
	mid := lo + (hi-lo)>>1
	swapIfGreater(s, cmp, lo, mid)
	swapIfGreater(s, cmp, lo, hi)
	swapIfGreater(s, cmp, mid, hi)
	pivot := s[mid]
	s[mid], s[hi-1] = s[hi-1], s[mid]
	left, right := lo, hi-1
	for left < right {
		for left++; cmp(s[left], pivot) < 0; left++ {
		}
		for right--; cmp(pivot, s[right]) < 0; right-- {
		}
		if left >= right {
			break
		}
		s[left], s[right] = s[right], s[left]
	}
	if left != hi-1 {
		s[left], s[hi-1] = s[hi-1], s[left]
	}
	return left
}

func insertionSort[T any](s []T, lo, hi int, cmp func(a, b T) int) {
	for i := lo; i < hi; i++ {
		j := i
		t := s[i+1]
		for j >= lo && cmp(t, s[j]) < 0 {
			s[j+1] = s[j]
			j--
		}
		s[j+1] = t
	}
}

func heapSort[T any](s []T, lo, hi int, cmp func(a, b T) int) {
	n := hi - lo + 1
	for i := n >> 1; i >= 1; i-- {
		downHeap(s, i, n, lo, cmp)
	}
	for i := n; i > 1; i-- {
		s[lo], s[lo+i-1] = s[lo+i-1], s[lo]
		downHeap(s, 1, i-1, lo, cmp)
	}
}

func downHeap[T any](s []T, i, n, lo int, cmp func(a, b T) int) {
	d := s[lo+i-1]
	for i <= n>>1 {
		child := 2 * i
		if child < n && cmp(s[lo+child-1], s[lo+child]) < 0 {
			child++
		}
		if !(cmp(d, s[lo+child-1]) < 0) {
			break
		}
		s[lo+i-1] = s[lo+child-1]
		i = child
	}
	s[lo+i-1] = d
}
