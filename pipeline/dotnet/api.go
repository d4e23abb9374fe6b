// Package dotnet holds the .NET semantics PowerShell exposes: type names,
// accelerators and the type hierarchy, LanguagePrimitives conversions and
// truth, string conversion, .NET number and date parsing and formatting,
// the -f operator, and System.Decimal arithmetic.
//
// The API other packages code against:
//
//	TypeName(v) string                        .NET full name ("System.Int32", "System.Object[]")
//	Name(v) string                            short name ("Int32", "Object[]")
//	ResolveType(name) (*object.TypeValue, bool)   "int", "System.Int32", "List[string]", "int[]" …
//	IsInstance(v, t) bool ; ExceptionIs(exType, catchType) bool   -is, catch, trap (hierarchy aware)
//	Convert(v, typeName) (any, error)         LanguagePrimitives.ConvertTo; errors are *object.Exception
//	ToBool(v) bool                            LanguagePrimitives.IsTrue
//	ToString(v) / ToStringOFS(v, ofs) string  PowerShell string conversion
//	MethodToString(v) string                  $v.ToString() (.NET's own, current culture)
//	Enumerate(v) ([]any, bool)                what the pipeline unrolls
//	FormatValue(v, format) (string, error)    $x.ToString("N2"), $d.ToString("yyyy-MM-dd")
//	FormatOperator(format, args) (string, error)   the -f operator
//	ParseDateTime(s) (time.Time, error) ; ParseTimeSpan(s) ; ParseDouble(s) ; ParseNumber(s)
//	Decimal helpers: DecimalFromInt64, DecimalFromFloat, ParseDecimal, DecAdd/Sub/Mul/Div/Rem/Cmp, DecimalString
package dotnet
