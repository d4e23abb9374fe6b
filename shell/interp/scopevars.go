package interp

// varTable holds a scope's variables. Most scopes (a function call) hold
// a handful, so the first few live inline and are searched linearly; a
// map is made only when the scope grows.
type varTable struct {
	n     int
	names [smallVars]string
	vals  [smallVars]*Variable
	m     map[string]*Variable
}

const smallVars = 4

func (t *varTable) get(lname string) (*Variable, bool) {
	if t.m != nil {
		v, ok := t.m[lname]
		return v, ok
	}
	for i := 0; i < t.n; i++ {
		if sameName(t.names[i], lname) {
			return t.vals[i], true
		}
	}
	return nil, false
}

func (t *varTable) put(lname string, v *Variable) {
	if t.m != nil {
		t.m[lname] = v
		return
	}
	for i := 0; i < t.n; i++ {
		if sameName(t.names[i], lname) {
			t.vals[i] = v
			return
		}
	}
	if t.n < smallVars {
		t.names[t.n], t.vals[t.n] = lname, v
		t.n++
		return
	}
	t.m = make(map[string]*Variable, 4*smallVars)
	for i := 0; i < t.n; i++ {
		t.m[t.names[i]] = t.vals[i]
		t.names[i], t.vals[i] = "", nil
	}
	t.n = 0
	t.m[lname] = v
}

func (t *varTable) del(lname string) bool {
	if t.m != nil {
		if _, ok := t.m[lname]; !ok {
			return false
		}
		delete(t.m, lname)
		return true
	}
	for i := 0; i < t.n; i++ {
		if sameName(t.names[i], lname) {
			copy(t.names[i:t.n], t.names[i+1:t.n])
			copy(t.vals[i:t.n], t.vals[i+1:t.n])
			t.n--
			t.names[t.n], t.vals[t.n] = "", nil
			return true
		}
	}
	return false
}

// each calls f for every variable.
func (t *varTable) each(f func(lname string, v *Variable)) {
	if t.m != nil {
		for k, v := range t.m {
			f(k, v)
		}
		return
	}
	for i := 0; i < t.n; i++ {
		f(t.names[i], t.vals[i])
	}
}

// sameName is a == b for the names of a small scope, with the first byte
// compared inline: the names of one scope mostly differ there, and ==
// on two strings of one length calls the runtime's memequal.
func sameName(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || a[0] == b[0]) && a == b
}
