package dotnet

import "testing"

func BenchmarkConvertStringToInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Convert("12345", "int"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkConvertIntToDouble(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Convert(int32(7), "System.Double"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkToStringDouble(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = ToString(1.58113883008419)
	}
}

func BenchmarkToStringInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = ToString(int32(123456))
	}
}

func BenchmarkFormatOperator(b *testing.B) {
	args := []any{"name", int32(42), 3.14159}
	for i := 0; i < b.N; i++ {
		if _, err := FormatOperator("{0,-10} {1,5} {2:N2}", args); err != nil {
			b.Fatal(err)
		}
	}
}
