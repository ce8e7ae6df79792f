package store

import (
	"errors"
	"fmt"
	"strings"
)

// KV is the small key-value storage the Store is built on: window.localStorage
// in the browser (NewLocalStorage), a map in tests (NewMemKV).
type KV interface {
	// Get returns the value under key and whether it exists. An error
	// means the value could not be read, not that it is absent: the Store
	// then changes nothing that depends on it (see ReadError).
	Get(key string) (string, bool, error)
	// Set stores value under key. When storage is full it returns an error
	// for which errors.Is(err, ErrQuota) holds, and the old value (if any)
	// is left as it was.
	Set(key, value string) error
	// Remove deletes key; removing a missing key is not an error.
	Remove(key string) error
	// Keys lists every key (of any application) in the storage.
	Keys() ([]string, error)
}

// Errors of the store. Each has a plain-words message the UI can show as it
// is; errors returned by the Store wrap them (use errors.Is).
var (
	// ErrQuota: the browser's storage for Parley is full.
	ErrQuota = errors.New("the browser's storage for Parley is full: delete reports you no longer need or export a backup, then try again (nothing was changed)")
	// ErrConflict: another tab saved a newer version of the item.
	ErrConflict = errors.New("another Parley tab changed this in the meantime: reload to see its version, then make your change again (nothing was changed)")
	// ErrReadOnly: the library was written by a newer Parley.
	ErrReadOnly = errors.New("this library was saved by a newer version of Parley, so this version only reads it and changes nothing: open Parley's latest version to edit it")
	// ErrNotFound: no such report (or item).
	ErrNotFound = errors.New("there is no such report in the library")
	// ErrUnavailable: the browser does not let Parley store anything.
	ErrUnavailable = errors.New("the browser does not let Parley keep anything on this device (private mode or storage turned off): your work lasts until the tab is closed")
	// ErrRead: a value could not be read from the browser's storage. Errors
	// wrapping it are *ReadError values naming what could not be read.
	ErrRead = errors.New("the browser's storage could not be read, so nothing was changed: reload the page and try again")
)

// ReadError is a failed read of the browser's storage. The Store never takes
// a value it could not read for an absent one: whatever needed the value (a
// save, a repair, a version mark, a backup) is not done, and the error says
// so in plain words. errors.Is(err, ErrRead) holds, and so does errors.Is
// with the storage's own error.
type ReadError struct {
	// Key is the storage key that could not be read ("" for the list of
	// keys, that is the library as a whole).
	Key string
	// Err is the storage's own error.
	Err error
	// Stopped says what was not done ("" means "nothing was changed").
	Stopped string
}

func (e *ReadError) Error() string {
	stopped := e.Stopped
	if stopped == "" {
		stopped = "nothing was changed"
	}
	return fmt.Sprintf("%s could not be read from the browser's storage (%v), so %s: reload the page and try again", keyInWords(e.Key), e.Err, stopped)
}

// Unwrap gives ErrRead and the storage's own error.
func (e *ReadError) Unwrap() []error { return []error{ErrRead, e.Err} }

// keyInWords names what a storage key holds, for messages.
func keyInWords(key string) string {
	switch {
	case key == "":
		return "the library"
	case key == metaKey:
		return "the library's version mark"
	case key == indexKey:
		return "the list of reports"
	case key == aliasesKey:
		return "the custom aliases"
	case key == settingsKey:
		return "the settings"
	case strings.HasPrefix(key, quarantinePref):
		return "a value Parley had set aside"
	case strings.HasPrefix(key, reportPrefix):
		return "a saved report"
	case strings.HasPrefix(key, annPrefix):
		return "a report's annotations"
	case strings.HasPrefix(key, corrPrefix):
		return "a report's corrections"
	}
	return "a value in Parley's storage"
}
