// Package dotnet holds the .NET semantics PowerShell exposes: type names,
// accelerators and the type hierarchy, LanguagePrimitives conversions and
// truth, string conversion, .NET number and date parsing and formatting,
// the -f operator, and System.Decimal arithmetic.
//
// The API other packages code against:
//
//	TypeName(v) / Name(v) string              "System.Int32" / "Int32" ($v.GetType())
//	ResolveType(name) (*object.TypeValue, bool)   "int", "System.Int32", "List[string]", "int[]" …
//	TypeString(full) string                   how a type prints ("int", "System.IO.Path")
//	IsInstance(v, t) bool ; ExceptionIs(exType, catchType) bool   -is, catch, trap (hierarchy aware)
//	BaseType(full) string ; RegisterEnum, LookupEnum   the type table
//	Convert(v, typeName) (any, error)         LanguagePrimitives.ConvertTo; errors are *object.Exception
//	                                          (PSInvalidCastException; ErrorID and Props["Category"] say how to report it)
//	ToBool(v) bool                            LanguagePrimitives.IsTrue
//	ToString(v) / ToStringOFS(v, ofs) string  PowerShell string conversion ("$v", [string]$v)
//	MethodToString(v) string                  $v.ToString() (.NET's own, en-US)
//	Enumerate(v) ([]any, bool)                what the pipeline unrolls
//	MarkArrayType / ArrayElemType             the element type of [int[]]-style arrays
//	FormatValue(v, format) (string, error)    $x.ToString("N2"), $d.ToString("yyyy-MM-dd"), $ts.ToString("c")
//	FormatOperator(format, args) (string, error)   the -f operator
//	FormatDate, FormatDateShort, FormatDateDefault, FormatUFormat, FormatTimeSpan, FormatDouble
//	ParseDateTime, ParseExact, ParseTimeSpan, ParseDouble, ParseDecimal,
//	ParseVersion, ParseGuid, ParseXML, ParseURI, ParseIPAddress
//	Decimal helpers: DecimalFromInt64, DecimalFromFloat, DecAdd/Sub/Mul/Div/Rem/Cmp/Neg, DecimalString, DecMaxValue
//	Objects modelled as PSObjects: NewRegex/RegexPattern, NewVersion/VersionParts, NewGuid/RandomGuid
package dotnet
