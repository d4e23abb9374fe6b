package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Clock modes: the lab clock follows the host clock, the host clock plus
// an offset, or stands still at a fixed time.
const (
	ClockReal   = "real"
	ClockOffset = "offset"
	ClockFixed  = "fixed"
)

// Now is the lab clock, read once per transaction so that one command
// sees one instant.
func (tx *Tx) Now() (time.Time, error) {
	if tx.nowSet {
		return tx.now, nil
	}
	mode, value, err := tx.Clock()
	if err != nil {
		return time.Time{}, err
	}
	host := tx.s.hostNow()
	switch mode {
	case ClockOffset:
		d, err := time.ParseDuration(value)
		if err != nil {
			return time.Time{}, err
		}
		tx.now = host.Add(d)
	case ClockFixed:
		t, err := parseTime(value)
		if err != nil {
			return time.Time{}, err
		}
		tx.now = t.Local()
	default:
		tx.now = host
	}
	tx.nowSet = true
	return tx.now, nil
}

// Clock returns the clock mode and its value (an offset such as "72h",
// or a fixed RFC 3339 time).
func (tx *Tx) Clock() (mode, value string, err error) {
	mode, err = tx.Setting("clock_mode")
	if err != nil {
		return "", "", err
	}
	value, err = tx.Setting("clock_value")
	return mode, value, err
}

// SetClockOffset makes the lab clock run d ahead of (or behind) the host.
func (tx *Tx) SetClockOffset(d time.Duration) error {
	tx.nowSet = false
	if d == 0 {
		return tx.setClock(ClockReal, "")
	}
	return tx.setClock(ClockOffset, d.String())
}

// SetClockFixed stops the lab clock at t.
func (tx *Tx) SetClockFixed(t time.Time) error {
	tx.nowSet = false
	return tx.setClock(ClockFixed, timeText(t))
}

// ResetClock makes the lab clock the host clock again.
func (tx *Tx) ResetClock() error {
	tx.nowSet = false
	return tx.setClock(ClockReal, "")
}

func (tx *Tx) setClock(mode, value string) error {
	if err := tx.SetSetting("clock_mode", mode); err != nil {
		return err
	}
	return tx.SetSetting("clock_value", value)
}

// Setting reads a lab setting ("" when unset).
func (tx *Tx) Setting(name string) (string, error) {
	var v string
	err := tx.q.QueryRowContext(tx.ctx, "SELECT value FROM settings WHERE name = ?", name).Scan(&v)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return "", nil
		}
		return "", fmt.Errorf("setting %s: %w", name, err)
	}
	return v, nil
}

// SetSetting writes a lab setting.
func (tx *Tx) SetSetting(name, value string) error {
	return tx.exec("INSERT INTO settings(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value", name, value)
}
