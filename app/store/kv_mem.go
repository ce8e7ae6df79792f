package store

import (
	"fmt"
	"sort"
	"sync"
)

// MemKV is an in-memory KV with an optional quota, for tests and for
// browsers where localStorage is unavailable.
type MemKV struct {
	mu    sync.Mutex
	m     map[string]string
	quota int // bytes of keys+values; 0 = unlimited
	used  int
}

// NewMemKV returns an empty in-memory KV. quota limits the total bytes of
// keys and values (0 means no limit); a Set over quota fails with ErrQuota
// and leaves the storage unchanged, as localStorage does.
func NewMemKV(quota int) *MemKV {
	return &MemKV{m: map[string]string{}, quota: quota}
}

// Get implements KV.
func (k *MemKV) Get(key string) (string, bool, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	v, ok := k.m[key]
	return v, ok, nil
}

// Set implements KV.
func (k *MemKV) Set(key, value string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	old, had := k.m[key]
	used := k.used + len(value)
	if had {
		used -= len(old)
	} else {
		used += len(key)
	}
	if k.quota > 0 && used > k.quota {
		return fmt.Errorf("setting %q: %w", key, ErrQuota)
	}
	k.m[key] = value
	k.used = used
	return nil
}

// Remove implements KV.
func (k *MemKV) Remove(key string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if old, ok := k.m[key]; ok {
		k.used -= len(key) + len(old)
		delete(k.m, key)
	}
	return nil
}

// Keys implements KV; the keys come sorted.
func (k *MemKV) Keys() ([]string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	keys := make([]string, 0, len(k.m))
	for key := range k.m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys, nil
}

// Used returns the bytes of keys and values stored.
func (k *MemKV) Used() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.used
}

// SetQuota changes the quota (0 = none); tests use it to fill storage.
func (k *MemKV) SetQuota(quota int) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.quota = quota
}
