package core

// MaxInputBytes is the largest report Analyze accepts.
const MaxInputBytes = 10 << 20

// InputErrorKind says why a text cannot be analysed at all.
type InputErrorKind string

// Reasons a text cannot be analysed.
const (
	ErrEmpty   InputErrorKind = "empty"
	ErrTooLong InputErrorKind = "too_long"
	ErrNotText InputErrorKind = "not_text"
)

// InputError is the typed error Analyze returns for input it cannot analyse
// at all. Message is a plain-words explanation the UI can show as it is.
type InputError struct {
	Kind    InputErrorKind
	Message string
}

func (e *InputError) Error() string { return e.Message }
