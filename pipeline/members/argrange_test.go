package members

import "testing"

// ArgumentOutOfRangeException adds "Parameter name:" only when it has one.
func TestArgOutOfRangeMessage(t *testing.T) {
	tests := []struct{ param, msg, want string }{
		{"month", "Month must be between one and twelve.", "Month must be between one and twelve.\r\nParameter name: month"},
		{"", "Year, Month, and Day parameters describe an un-representable DateTime.", "Year, Month, and Day parameters describe an un-representable DateTime."},
	}
	for _, tt := range tests {
		if got := argOutOfRange(tt.param, tt.msg).Message; got != tt.want {
			t.Errorf("argOutOfRange(%q) = %q; want %q", tt.param, got, tt.want)
		}
	}
}
