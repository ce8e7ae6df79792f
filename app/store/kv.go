package store

import "errors"

// KV is the small key-value storage the Store is built on: window.localStorage
// in the browser (NewLocalStorage), a map in tests (NewMemKV).
type KV interface {
	// Get returns the value under key and whether it exists.
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
)
