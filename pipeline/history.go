package pipeline

import "time"

// HistoryEntry is one command line of the session history, as
// Get-History shows it (Microsoft.PowerShell.Commands.HistoryInfo).
type HistoryEntry struct {
	Id                 int64
	CommandLine        string
	StartExecutionTime time.Time
	EndExecutionTime   time.Time
	// ExecutionStatus is "Completed", "Failed" or "Stopped".
	ExecutionStatus string
}

// AddHistory appends a command line to the session history with the next
// id and returns the entry.
func (s *Session) AddHistory(line, status string, start, end time.Time) HistoryEntry {
	if n := len(s.History); n > 0 && s.History[n-1].Id > s.historyNext {
		s.historyNext = s.History[n-1].Id
	}
	s.historyNext++
	e := HistoryEntry{Id: s.historyNext, CommandLine: line, StartExecutionTime: start, EndExecutionTime: end, ExecutionStatus: status}
	s.History = append(s.History, e)
	return e
}

// SetHistory replaces the history (Clear-History) and remembers the
// highest id given so far, so that later entries do not reuse ids.
func (s *Session) SetHistory(h []HistoryEntry) {
	for _, e := range s.History {
		if e.Id > s.historyNext {
			s.historyNext = e.Id
		}
	}
	s.History = h
}
